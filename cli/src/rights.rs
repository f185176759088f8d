//! `salama rights …` and `salama search`: reading and searching the articles.

use clap::Subcommand;
use salama_core::{Article, SearchHit};
use serde::Serialize;

use crate::output::{self, paragraph};
use crate::{CliError, Context};

#[derive(Subcommand)]
pub enum RightsCommand {
    /// List the articles.
    List,
    /// Show one article.
    Show {
        /// The article id, as `rights list` prints it.
        id: String,
    },
}

#[derive(Serialize)]
struct ListedArticle {
    id: String,
    title: String,
    summary: String,
    locale: String,
}

#[derive(Serialize)]
struct ShownArticle<'a> {
    id: &'a str,
    title: &'a str,
    locale: &'a str,
    direction: &'a str,
    text: String,
    sources: Vec<ShownSource<'a>>,
    reviewed: &'a str,
}

#[derive(Serialize)]
struct ShownSource<'a> {
    instrument: &'a str,
    name: &'a str,
    article: &'a str,
    citation: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct FoundArticle<'a> {
    id: &'a str,
    title: &'a str,
    snippet: &'a str,
    /// Char ranges of the query's words in `snippet`.
    highlights: Vec<[u32; 2]>,
    locale: &'a str,
}

pub fn run(ctx: &Context, command: RightsCommand) -> Result<(), CliError> {
    match command {
        RightsCommand::List => {
            let topics = ctx.app.topics();
            if ctx.json {
                let listed: Vec<ListedArticle> = topics
                    .into_iter()
                    .map(|t| ListedArticle {
                        id: t.id,
                        title: t.title,
                        summary: t.summary,
                        locale: t.locale,
                    })
                    .collect();
                output::json(&listed);
            } else {
                for topic in topics {
                    println!("{}  {}", topic.id, topic.title);
                }
            }
        }
        RightsCommand::Show { id } => {
            let article = ctx.app.article(id).map_err(|e| ctx.fail(e))?;
            if ctx.json {
                output::json(&shown(&article));
            } else {
                print_article(&article);
            }
        }
    }
    Ok(())
}

fn shown(article: &Article) -> ShownArticle<'_> {
    ShownArticle {
        id: &article.id,
        title: &article.title,
        locale: &article.locale,
        direction: direction_name(article.direction),
        text: article.to_plain_text(),
        sources: article
            .sources
            .iter()
            .map(|s| ShownSource {
                instrument: &s.instrument,
                name: &s.instrument_name,
                article: &s.article,
                citation: &s.citation,
                url: &s.url,
            })
            .collect(),
        reviewed: &article.reviewed,
    }
}

fn direction_name(direction: salama_core::TextDirection) -> &'static str {
    match direction {
        salama_core::TextDirection::Ltr => "ltr",
        salama_core::TextDirection::Rtl => "rtl",
    }
}

/// Prints an article for reading in a terminal.
pub fn print_article(article: &Article) {
    let d = article.direction;
    println!("{}\n", paragraph(&article.title.to_uppercase(), d));
    println!("{}", paragraph(&article.summary, d));
    for section in &article.sections {
        println!("\n{}", paragraph(&format!("## {}", section.heading), d));
        for p in &section.paragraphs {
            println!("\n{}", paragraph(p, d));
        }
    }
    println!(
        "\n{}",
        paragraph(&format!("## {}", article.steps_heading), d)
    );
    for (n, step) in article.steps.iter().enumerate() {
        println!("{}", paragraph(&format!("{}. {step}", n + 1), d));
    }
    println!(
        "\n{}",
        paragraph(&format!("## {}", article.sources_heading), d)
    );
    for source in &article.sources {
        println!("{}", paragraph(&format!("- {}", source.citation), d));
        println!("  {}", source.url);
    }
    println!("\n{}", paragraph(&article.reviewed_text, d));
    println!("{}", paragraph(&article.notice, d));
}

pub fn search(ctx: &Context, query: &str) -> Result<(), CliError> {
    let hits = ctx.app.search(query.to_owned()).map_err(|e| ctx.fail(e))?;
    if ctx.json {
        let found: Vec<FoundArticle> = hits.iter().map(found).collect();
        output::json(&found);
    } else {
        print_hits(ctx, &hits);
    }
    Ok(())
}

fn found(hit: &SearchHit) -> FoundArticle<'_> {
    FoundArticle {
        id: &hit.article_id,
        title: &hit.title,
        snippet: &hit.snippet,
        highlights: hit.highlights.iter().map(|r| [r.start, r.end]).collect(),
        locale: &hit.locale,
    }
}

/// Prints search hits with the matched words in bold (on a terminal) or *starred*.
pub fn print_hits(ctx: &Context, hits: &[SearchHit]) {
    if hits.is_empty() {
        println!("{}", output::text(&ctx.app, "app-search-no-results"));
        return;
    }
    for hit in hits {
        println!("{}  {}", hit.article_id, hit.title);
        println!("{}\n", paragraph(&marked(hit), hit.direction));
    }
}

fn marked(hit: &SearchHit) -> String {
    let chars: Vec<char> = hit.snippet.chars().collect();
    let mut out = String::new();
    let mut at = 0;
    for range in &hit.highlights {
        let (start, end) = (range.start as usize, range.end as usize);
        out.extend(&chars[at..start]);
        out.push('*');
        out.extend(&chars[start..end]);
        out.push('*');
        at = end;
    }
    out.extend(&chars[at..]);
    out
}
