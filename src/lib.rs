//! `align`: keep the language versions of a statement saying the same thing.
//!
//! Data flows one way: files → [`document`] (blocks, lines) → [`segment`] (sentences) →
//! alignment → checks → findings → reports and publishing. Everything here is pure functions
//! over plain data; reading files happens in [`statement`] and [`config`], writing in [`write`],
//! printing only in [`term`]. [`cli`] defines the command line and [`command`] runs each
//! command; the binary parses, calls and maps the outcome to an exit code.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod cache;
pub mod check;
pub mod cli;
pub mod clock;
pub mod command;
pub mod config;
pub mod dates;
pub mod document;
pub mod drift;
pub mod error;
pub mod glossary;
pub mod i18n;
pub mod lang;
pub mod numbers;
pub mod pins;
pub mod publish;
pub mod report;
pub mod review;
pub mod segment;
pub mod statement;
pub mod term;
pub mod text;
pub mod write;

pub use error::{Error, ErrorKind, Result};
