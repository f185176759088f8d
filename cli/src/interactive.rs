//! The interactive reader: pick a language by its native name, browse the rights, read an
//! article, search. Line-based (a number and Enter), so it works in any terminal, over a
//! slow SSH session, and with a screen reader.

use std::io::{self, BufRead, Write};

use salama_core::ReviewState;

use crate::output::{self, paragraph};
use crate::rights::{print_article, print_hits};
use crate::{CliError, Context};

pub fn run(ctx: &Context) -> Result<(), CliError> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    loop {
        let t = |id: &str| output::text(&ctx.app, id);
        println!("\n{} — {}", t("app-name"), t("app-tagline"));
        review_notice(ctx);
        let menu = [
            t("app-menu-rights"),
            t("app-menu-search"),
            t("app-menu-language"),
            t("app-menu-quit"),
        ];
        match choose(ctx, &mut input, &menu)? {
            Some(0) => browse(ctx, &mut input)?,
            Some(1) => {
                println!("{}", t("app-prompt-search"));
                let Some(query) = read_line(&mut input)? else {
                    return Ok(());
                };
                print_hits(ctx, &ctx.app.search(query).map_err(|e| ctx.fail(e))?);
            }
            Some(2) => pick_language(ctx, &mut input)?,
            _ => return Ok(()),
        }
    }
}

fn review_notice(ctx: &Context) {
    let active = ctx.app.active_locales();
    let Some(locale) = ctx
        .app
        .available_locales()
        .into_iter()
        .find(|l| l.code == active[0])
    else {
        return;
    };
    if locale.review.status == ReviewState::MachineDraft {
        println!(
            "{}",
            paragraph(
                &output::text(&ctx.app, "app-review-machine-draft"),
                locale.direction
            )
        );
    }
}

fn browse(ctx: &Context, input: &mut impl BufRead) -> Result<(), CliError> {
    let topics = ctx.app.topics();
    let mut titles: Vec<String> = topics.iter().map(|t| t.title.clone()).collect();
    titles.push(output::text(&ctx.app, "app-back"));
    if let Some(n) = choose(ctx, input, &titles)?
        && let Some(topic) = topics.get(n)
    {
        let article = ctx.app.article(topic.id.clone()).map_err(|e| ctx.fail(e))?;
        print_article(&article);
        println!("\n{}", output::text(&ctx.app, "app-prompt-continue"));
        read_line(input)?;
    }
    Ok(())
}

fn pick_language(ctx: &Context, input: &mut impl BufRead) -> Result<(), CliError> {
    println!("{}", output::text(&ctx.app, "app-choose-language"));
    let locales = ctx.app.available_locales();
    let names: Vec<String> = locales.iter().map(|l| l.native_name.clone()).collect();
    if let Some(n) = choose(ctx, input, &names)? {
        let code = locales[n].code.clone();
        ctx.app.set_locales(vec![code]).map_err(|e| ctx.fail(e))?;
    }
    Ok(())
}

/// Shows a numbered menu and returns the chosen index; `None` at end of input.
fn choose(
    ctx: &Context,
    input: &mut impl BufRead,
    options: &[String],
) -> Result<Option<usize>, CliError> {
    let direction = ctx.app.direction();
    loop {
        for (n, option) in options.iter().enumerate() {
            println!("{}", paragraph(&format!("{}. {option}", n + 1), direction));
        }
        println!("{}", output::text(&ctx.app, "app-prompt-choice"));
        let Some(line) = read_line(input)? else {
            return Ok(None);
        };
        match line.trim().parse::<usize>() {
            Ok(n) if (1..=options.len()).contains(&n) => return Ok(Some(n - 1)),
            _ => println!("{}", output::text(&ctx.app, "app-invalid-choice")),
        }
    }
}

fn read_line(input: &mut impl BufRead) -> Result<Option<String>, CliError> {
    print!("> ");
    io::stdout().flush().ok();
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) => Ok(None),
        Ok(_) => Ok(Some(line.trim_end_matches(['\r', '\n']).to_owned())),
        Err(e) => Err(CliError(format!("reading input: {e}"))),
    }
}
