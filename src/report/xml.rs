//! A thin layer over `quick-xml`'s writer for the XML formats (JUnit, TMX, XLIFF): elements with
//! attributes and text, escaped by the writer, and characters XML 1.0 forbids removed first.

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// Text with the characters XML 1.0 cannot carry removed (C0 controls other than tab, newline
/// and carriage return; U+FFFE, U+FFFF).
pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}')
        })
        .collect()
}

/// An indented XML document being written.
pub struct Xml {
    w: Writer<Cursor<Vec<u8>>>,
}

impl Default for Xml {
    fn default() -> Self {
        Xml::new()
    }
}

impl Xml {
    /// A document with its `<?xml version="1.0" encoding="UTF-8"?>` declaration.
    pub fn new() -> Xml {
        let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
        let _ = w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
        Xml { w }
    }

    /// A document type declaration (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`).
    pub fn doctype(&mut self, decl: &str) {
        let _ = self
            .w
            .write_event(Event::DocType(BytesText::from_escaped(decl)));
    }

    fn start_tag(name: &str, attrs: &[(&str, &str)]) -> BytesStart<'static> {
        let mut e = BytesStart::new(name.to_string());
        for (k, v) in attrs {
            e.push_attribute((*k, clean(v).as_str()));
        }
        e
    }

    /// Opens `<name attrs…>`.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let _ = self
            .w
            .write_event(Event::Start(Self::start_tag(name, attrs)));
    }

    /// Closes `</name>`.
    pub fn close(&mut self, name: &str) {
        let _ = self
            .w
            .write_event(Event::End(BytesEnd::new(name.to_string())));
    }

    /// `<name attrs…/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let _ = self
            .w
            .write_event(Event::Empty(Self::start_tag(name, attrs)));
    }

    /// `<name attrs…>text</name>`, the text escaped.
    pub fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        let _ = self
            .w
            .write_event(Event::Text(BytesText::new(&clean(text))));
        self.close(name);
    }

    /// The document as a string, ending with a newline.
    pub fn finish(self) -> String {
        let mut s = String::from_utf8(self.w.into_inner().into_inner()).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        let mut x = Xml::new();
        x.open("a", &[("title", "\"<script>\" & co")]);
        x.text_element("b", &[], "<script>alert(1)</script> & \u{0001}ok");
        x.close("a");
        let s = x.finish();
        assert!(
            s.contains("title=\"&quot;&lt;script&gt;&quot; &amp; co\""),
            "{s}"
        );
        assert!(
            s.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ok"),
            "{s}"
        );
        assert!(!s.contains('\u{0001}'));
    }
}
