//! The interactive reader: pick a language by its native name, browse the rights, read an
//! article, take the situation check, search. Line-based (a number and Enter), so it
//! works in any terminal, over a slow SSH session, and with a screen reader. The language
//! picked is remembered in the data directory, so the picker comes first only once.

use std::io::{self, BufRead, Write};

use salama_core::SalamaError;

use crate::output::{self, paragraph, prompt};
use crate::rights::{print_article, print_hits};
use crate::say;
use crate::settings;
use crate::{CliError, Context};

/// Runs the reader; `first_start`: no language is remembered and none was given, so the
/// language picker comes before anything else.
pub fn run(ctx: &Context, first_start: bool) -> Result<(), CliError> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    if first_start && !pick_language(ctx, &mut input)? {
        return Ok(());
    }
    loop {
        let t = |id: &str| output::text(&ctx.app, id);
        say!(
            "\n{}",
            prompt(ctx, &format!("{} — {}", t("app-name"), t("app-tagline")))
        );
        review_notice(ctx);
        let menu = [
            t("app-menu-rights"),
            t("guide-title"),
            t("app-menu-search"),
            t("app-menu-language"),
            t("app-menu-quit"),
        ];
        match choose(ctx, &mut input, &menu)? {
            Some(0) => browse(ctx, &mut input)?,
            Some(1) => crate::guide::run_interactive(ctx, &mut input)?,
            Some(2) => {
                say!("{}", prompt(ctx, &t("app-prompt-search")));
                let Some(query) = read_line(&mut input)? else {
                    return Ok(());
                };
                print_hits(ctx, &ctx.app.search(query).map_err(|e| ctx.fail(e))?);
            }
            Some(3) => {
                if !pick_language(ctx, &mut input)? {
                    return Ok(());
                }
            }
            _ => return Ok(()),
        }
    }
}

fn review_notice(ctx: &Context) {
    if let Some(notice) = output::review_notice(&ctx.app) {
        say!("{notice}");
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
        say!(
            "\n{}",
            prompt(ctx, &output::text(&ctx.app, "app-prompt-continue"))
        );
        read_line(input)?;
    }
    Ok(())
}

/// Lets the person pick their language by its native name, switches to it and remembers
/// it for the next start. `false` when input ended instead.
fn pick_language(ctx: &Context, input: &mut impl BufRead) -> Result<bool, CliError> {
    say!(
        "{}",
        prompt(ctx, &output::text(&ctx.app, "app-choose-language"))
    );
    let locales = ctx.app.available_locales();
    let names: Vec<String> = locales.iter().map(|l| l.native_name.clone()).collect();
    let Some(n) = choose(ctx, input, &names)? else {
        return Ok(false);
    };
    let code = locales[n].code.clone();
    ctx.app
        .set_locales(vec![code.clone()])
        .map_err(|e| ctx.fail(e))?;
    // Not being able to remember it only means asking again next time: say so, go on.
    if let Err(e) = settings::remember_language(ctx.app.data_dir(), &code) {
        let error = SalamaError::Storage {
            reason: e.kind().to_string(),
        };
        eprintln!("{}", ctx.fail(error).0);
    }
    Ok(true)
}

/// Shows a numbered menu and returns the chosen index; `None` at end of input.
pub(crate) fn choose(
    ctx: &Context,
    input: &mut impl BufRead,
    options: &[String],
) -> Result<Option<usize>, CliError> {
    let direction = ctx.app.direction();
    loop {
        for (n, option) in options.iter().enumerate() {
            say!("{}", paragraph(&format!("{}. {option}", n + 1), direction));
        }
        say!(
            "{}",
            paragraph(&output::text(&ctx.app, "app-prompt-choice"), direction)
        );
        let Some(line) = read_line(input)? else {
            return Ok(None);
        };
        match line.trim().parse::<usize>() {
            Ok(n) if (1..=options.len()).contains(&n) => return Ok(Some(n - 1)),
            _ => say!(
                "{}",
                paragraph(&output::text(&ctx.app, "app-invalid-choice"), direction)
            ),
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
