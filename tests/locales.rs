//! Every locale has exactly the message ids English has, with the same variables, and parses
//! without errors.

use std::collections::{BTreeMap, BTreeSet};

use align::i18n::UI_LANGUAGES;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

type Vars = BTreeSet<String>;

fn pattern_vars(p: &Pattern<&str>, out: &mut Vars) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut Vars) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut Vars) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn messages(code: &str, source: &str) -> BTreeMap<String, Vars> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("locales/{code}/align.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = Vars::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars);
                }
                let dup = out.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "locales/{code}: {} defined twice", m.id.name);
            }
            Entry::Junk { content } => panic!("locales/{code}: junk {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_locale_has_the_english_messages_with_the_same_variables() {
    let english = messages("en", UI_LANGUAGES[0].1);
    assert!(english.len() > 20);
    let mut problems = Vec::new();
    for (code, source) in &UI_LANGUAGES[1..] {
        let other = messages(code, source);
        for (id, vars) in &english {
            match other.get(id) {
                None => problems.push(format!("{code}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{code}: {id} uses {v:?}, English uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in other.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{code}: {id} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_test_can_fail() {
    // A locale that lacks a message or changes a variable is caught by `messages`' comparison.
    let en = messages("en", "a = x { $n }\nb = y\n");
    let other = messages("xx", "a = x { $m }\n");
    assert_ne!(en.get("a"), other.get("a"));
    assert!(!other.contains_key("b"));
}

/// Every check of the registry has its message, hint and description in English (and so, by
/// the test above, in every locale): a new check without them would print its raw id.
#[test]
fn every_check_has_its_messages() {
    let english = messages("en", UI_LANGUAGES[0].1);
    let mut missing = Vec::new();
    for c in align::check::CHECKS {
        for suffix in ["", "-hint", "-description"] {
            let id = format!("check-{}{suffix}", c.id);
            if !english.contains_key(&id) {
                missing.push(id);
            }
        }
    }
    assert!(missing.is_empty(), "no message: {}", missing.join(", "));
}
