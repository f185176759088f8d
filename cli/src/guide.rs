//! `salama guide`: the situation check in the terminal, one question at a time, or from
//! an answer file for scripts. Answers stay in this process's memory: nothing is
//! written to disk or logged.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use clap::Args;
use salama_core::guide::parse_answers;
use salama_core::{ArgValue, GuideAnswer, GuideQuestion, GuideResult, GuideStep};

use crate::interactive::choose;
use crate::output::{self, paragraph};
use crate::say;
use crate::{CliError, Context};

/// Answer files larger than this are refused (the core refuses them too).
const MAX_ANSWERS_FILE: u64 = 64 * 1024;

#[derive(Args)]
pub struct GuideArgs {
    /// Take the answers from this JSON file instead of asking, `-` for standard input:
    /// {"question-id": "yes" | "no" | "not-sure" | "prefer-not-to-say", …}, in the order
    /// asked. `salama guide --questions` lists the ids.
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    /// The country you are in, as a two-letter code (e.g. RS), to list its helplines.
    #[arg(long, value_name = "CODE")]
    country: Option<String>,
    /// List the questions (ids, text and answers) instead of running the check.
    #[arg(long, conflicts_with = "answers")]
    questions: bool,
}

pub fn run(ctx: &Context, args: GuideArgs) -> Result<(), CliError> {
    if args.questions {
        print_questions(ctx);
        return Ok(());
    }
    let answers = match &args.answers {
        Some(path) => read_answers(ctx, path)?,
        None => match ask(ctx, &mut io::stdin().lock())? {
            Some(answers) => answers,
            // The person stopped: nothing to show, nothing kept.
            None => return Ok(()),
        },
    };
    let result = ctx
        .app
        .guide_result(answers, args.country)
        .map_err(|e| ctx.fail(e))?;
    if ctx.json {
        output::json(&result);
    } else {
        print_result(ctx, &result);
    }
    Ok(())
}

/// The check inside the interactive reader, reading answers from its input.
pub fn run_interactive(ctx: &Context, input: &mut impl io::BufRead) -> Result<(), CliError> {
    if let Some(answers) = ask(ctx, input)? {
        let result = ctx
            .app
            .guide_result(answers, None)
            .map_err(|e| ctx.fail(e))?;
        print_result(ctx, &result);
    }
    Ok(())
}

fn read_answers(ctx: &Context, path: &Path) -> Result<Vec<GuideAnswer>, CliError> {
    let mut bytes = Vec::new();
    // One byte more than allowed, so the core sees an oversized file and says so.
    let read = if path == Path::new("-") {
        io::stdin()
            .take(MAX_ANSWERS_FILE + 1)
            .read_to_end(&mut bytes)
    } else {
        File::open(path).and_then(|f| f.take(MAX_ANSWERS_FILE + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| CliError(format!("cannot read {}: {e}", path.display())))?;
    parse_answers(&bytes).map_err(|e| ctx.fail(e))
}

/// Asks the questions on the person's path until the end; `None` if input ends first.
fn ask(ctx: &Context, input: &mut impl io::BufRead) -> Result<Option<Vec<GuideAnswer>>, CliError> {
    let direction = ctx.app.direction();
    let t = |id: &str| output::text(&ctx.app, id);
    say!(
        "\n{}\n",
        paragraph(&t("guide-title").to_uppercase(), direction)
    );
    say!("{}\n", paragraph(&t("guide-intro"), direction));
    say!("{}", paragraph(&t("guide-privacy"), direction));
    let mut answers: Vec<GuideAnswer> = Vec::new();
    loop {
        let step = ctx
            .app
            .guide_next(answers.clone())
            .map_err(|e| ctx.fail(e))?;
        let (question, answered, remaining) = match step {
            GuideStep::Finished { .. } => return Ok(Some(answers)),
            GuideStep::Question {
                question,
                answered,
                remaining_at_most,
            } => (question, answered, remaining_at_most),
        };
        say!("\n{}", progress(ctx, answered + 1, answered + remaining));
        say!("{}", paragraph(&question.text, question.direction));
        if let Some(hint) = &question.hint {
            say!("{}", paragraph(hint, question.direction));
        }
        let mut labels: Vec<String> = question.options.iter().map(|o| o.label.clone()).collect();
        if !answers.is_empty() {
            labels.push(t("app-back"));
        }
        match choose(ctx, input, &labels)? {
            None => return Ok(None),
            Some(n) if n == question.options.len() => {
                answers.pop();
            }
            Some(n) => answers.push(GuideAnswer {
                question_id: question.id,
                choice: question.options[n].choice,
            }),
        }
    }
}

fn progress(ctx: &Context, number: u32, total: u32) -> String {
    let args = HashMap::from([
        (
            "number".to_owned(),
            ArgValue::Number {
                value: number.into(),
            },
        ),
        (
            "total".to_owned(),
            ArgValue::Number {
                value: total.into(),
            },
        ),
    ]);
    ctx.app
        .text("guide-progress".into(), args)
        .map_or_else(|_| format!("{number}/{total}"), |t| t.text)
}

fn print_questions(ctx: &Context) {
    let questions = ctx.app.guide_questions();
    if ctx.json {
        output::json(&questions);
        return;
    }
    for GuideQuestion {
        id,
        text,
        hint,
        direction,
        ..
    } in &questions
    {
        say!("{id}");
        say!("{}", paragraph(text, *direction));
        if let Some(hint) = hint {
            say!("{}", paragraph(hint, *direction));
        }
        say!("");
    }
    let choices: Vec<&str> = salama_core::GuideChoice::ALL
        .iter()
        .map(|c| c.as_str())
        .collect();
    say!("{}", choices.join(" | "));
}

/// Prints a result: notes first (emergency help at the very top when it applies), then
/// the articles with why they may apply, then the help to ask for.
pub fn print_result(ctx: &Context, result: &GuideResult) {
    let d = result.direction;
    let t = |id: &str| output::text(&ctx.app, id);
    say!(
        "\n{}",
        paragraph(&t("guide-result-title").to_uppercase(), d)
    );
    say!(
        "\n{}",
        paragraph(&format!("## {}", t("guide-result-notes")), d)
    );
    for note in &result.notes {
        say!("\n{}", paragraph(&note.text, d));
    }
    if !result.articles.is_empty() {
        say!(
            "\n{}",
            paragraph(&format!("## {}", t("guide-result-articles")), d)
        );
        for (n, article) in result.articles.iter().enumerate() {
            say!(
                "\n{}",
                paragraph(&format!("{}. {}", n + 1, article.title), d)
            );
            say!("{}", paragraph(&article.why, d));
            say!("   salama rights show {}", article.id);
        }
    }
    if !result.needs.is_empty() {
        say!(
            "\n{}",
            paragraph(&format!("## {}", t("guide-result-needs")), d)
        );
        for need in &result.needs {
            say!("{}", paragraph(&format!("- {}", need.label), d));
            for helpline in &need.helpline_ids {
                say!("    {helpline}");
            }
        }
    }
}
