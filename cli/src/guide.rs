//! `salama guide`: the situation check in the terminal, one question at a time, or from
//! an answer file for scripts. Answers stay in this process's memory: nothing is
//! written to disk or logged. Only the result, and only if the person chooses so
//! (`--save`, or yes to the offer after an interactive check), goes into the encrypted
//! diary.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use clap::Args;
use salama_core::guide::{country_message, parse_answers};
use salama_core::l10n::isolate_phone;
use salama_core::{
    ArgValue, GuideAnswer, GuideHelpline, GuideQuestion, GuideResult, GuideStep, TextDirection,
};

use crate::interactive::choose;
use crate::output::{self, paragraph, prompt};
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
    /// Keep the result in your encrypted diary, as a note tagged situation-check (asks for
    /// the diary passphrase, or reads SALAMA_PASSPHRASE). Your answers are not kept.
    #[arg(long, conflicts_with = "questions")]
    save: bool,
}

pub fn run(ctx: &Context, args: GuideArgs) -> Result<(), CliError> {
    if args.questions {
        print_questions(ctx);
        return Ok(());
    }
    let Some(path) = &args.answers else {
        let mut input = io::stdin().lock();
        let Some(answers) = ask(ctx, &mut input)? else {
            // The person stopped: nothing to show, nothing kept.
            return Ok(());
        };
        let country = match args.country {
            Some(country) => Some(country),
            None => ask_country(ctx, &mut input)?,
        };
        let result = result(ctx, answers, country)?;
        show(ctx, &result);
        if args.save {
            return save(ctx, &result);
        }
        if !ctx.json {
            offer_to_save(ctx, &mut input, &result)?;
        }
        return Ok(());
    };
    // Standard input may be the answer file: it is read here, never locked above.
    let result = result(ctx, read_answers(ctx, path)?, args.country)?;
    show(ctx, &result);
    if args.save {
        save(ctx, &result)?;
    }
    Ok(())
}

fn show(ctx: &Context, result: &GuideResult) {
    if ctx.json {
        output::json(result);
    } else {
        print_result(ctx, result);
    }
}

/// The check inside the interactive reader, reading answers from its input.
pub fn run_interactive(ctx: &Context, input: &mut impl io::BufRead) -> Result<(), CliError> {
    if let Some(answers) = ask(ctx, input)? {
        let country = ask_country(ctx, input)?;
        let result = result(ctx, answers, country)?;
        print_result(ctx, &result);
        offer_to_save(ctx, input, &result)?;
    }
    Ok(())
}

/// The result of finished answers. Unfinished ones (an answer file that stops early) are
/// refused naming the question to answer next: its id, from the questionnaire.
fn result(
    ctx: &Context,
    answers: Vec<GuideAnswer>,
    country: Option<String>,
) -> Result<GuideResult, CliError> {
    let step = ctx
        .app
        .guide_next(answers.clone())
        .map_err(|e| ctx.fail(e))?;
    if let GuideStep::Question { question, .. } = step {
        let args = HashMap::from([("question".to_owned(), ArgValue::Text { value: question.id })]);
        return Err(CliError(text_with(ctx, "guide-error-unfinished", args)));
    }
    ctx.app
        .guide_result(answers, country)
        .map_err(|e| ctx.fail(e))
}

/// Asks which country the person is in, from the countries the helpline directory has,
/// by name in their language; `None` for another country, a skip, or the end of input
/// (the result then comes without helplines, never not at all).
fn ask_country(ctx: &Context, input: &mut impl io::BufRead) -> Result<Option<String>, CliError> {
    let countries = ctx.app.guide_countries();
    say!(
        "\n{}",
        prompt(ctx, &output::text(&ctx.app, "guide-country-question"))
    );
    let mut names: Vec<String> = countries.iter().map(|c| c.name.clone()).collect();
    names.push(output::text(&ctx.app, "guide-country-other"));
    let chosen = choose(ctx, input, &names)?;
    Ok(chosen
        .and_then(|n| countries.get(n))
        .map(|c| c.code.clone()))
}

/// After an interactive check: offers to keep the result in the diary. A failure (a wrong
/// passphrase, no diary) is told and the reader goes on: the result is still on screen.
fn offer_to_save(
    ctx: &Context,
    input: &mut impl io::BufRead,
    result: &GuideResult,
) -> Result<(), CliError> {
    let t = |id: &str| output::text(&ctx.app, id);
    say!("\n{}", prompt(ctx, &t("guide-save-offer")));
    if choose(ctx, input, &[t("guide-save-yes"), t("guide-save-no")])? == Some(0)
        && let Err(CliError(message)) = save(ctx, result)
    {
        eprintln!("salama: {message}");
    }
    Ok(())
}

/// Unlocks the diary as the diary commands do (passphrase typed without echo, or
/// `SALAMA_PASSPHRASE`), adds the result as a note, and locks it again.
fn save(ctx: &Context, result: &GuideResult) -> Result<(), CliError> {
    let t = |id: &str| output::text(&ctx.app, id);
    let exists = ctx
        .app
        .diary()
        .and_then(|d| d.exists())
        .map_err(|e| ctx.fail(e))?;
    if !exists {
        return Err(CliError(t("guide-save-no-diary")));
    }
    let diary = crate::diary::unlocked(ctx)?;
    let added = diary.add(ctx.app.guide_result_entry(result.clone()));
    diary.lock();
    added.map_err(|e| ctx.fail(e))?;
    eprintln!("{}", t("guide-saved"));
    Ok(())
}

fn text_with(ctx: &Context, id: &str, args: HashMap<String, ArgValue>) -> String {
    ctx.app
        .text(id.to_owned(), args)
        .map_or_else(|_| id.to_owned(), |t| t.text)
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
        say!(
            "\n{}",
            prompt(ctx, &progress(ctx, answered + 1, answered + remaining))
        );
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
        if let Some(country) = &result.country {
            say!("{}", paragraph(&country_line(ctx, result, country), d));
        }
        for need in &result.needs {
            say!("{}", paragraph(&format!("- {}", need.label), d));
            for helpline in &need.helplines {
                print_helpline(ctx, helpline, d);
            }
        }
    }
}

/// A helpline under its need: its name, then each way to reach it. Numbers and addresses
/// are isolated left to right, so `+381 …` does not come out backwards in Arabic.
fn print_helpline(ctx: &Context, helpline: &GuideHelpline, d: TextDirection) {
    say!("{}", paragraph(&format!("    {}", helpline.name), d));
    for channel in &helpline.channels {
        let kind = output::text(
            &ctx.app,
            &format!("helplines-channel-{}", channel.kind.key()),
        );
        let address = match d {
            TextDirection::Rtl => isolate_phone(&channel.address),
            TextDirection::Ltr => channel.address.clone(),
        };
        say!("{}", paragraph(&format!("      {kind}: {address}"), d));
    }
}

/// "Helplines in Serbia", or that Salama has none for the country yet.
fn country_line(ctx: &Context, result: &GuideResult, code: &str) -> String {
    let name = ctx
        .app
        .text(country_message(code), HashMap::new())
        .map_or_else(|_| code.to_owned(), |t| t.text);
    let id = if result.needs.iter().any(|n| !n.helplines.is_empty()) {
        "guide-result-helplines-in"
    } else {
        "guide-result-no-helplines"
    };
    let args = HashMap::from([("country".to_owned(), ArgValue::Text { value: name })]);
    text_with(ctx, id, args)
}
