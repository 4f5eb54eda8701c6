//! Aligning the language versions of a statement: blocks first, then sentences inside each
//! aligned block pair.
