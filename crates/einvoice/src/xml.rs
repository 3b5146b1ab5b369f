//! A small XML writer: indented elements, escaped text and attributes, nothing empty.

pub(crate) struct Xml {
    out: String,
    open: Vec<&'static str>,
}

impl Xml {
    pub(crate) fn new() -> Xml {
        Xml { out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), open: Vec::new() }
    }

    pub(crate) fn open_root(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.start(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name);
    }

    pub(crate) fn open(&mut self, name: &'static str) {
        self.open_root(name, &[]);
    }

    pub(crate) fn close(&mut self) {
        let name = self.open.pop().expect("an element is open");
        self.indent();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// An element with text; empty text writes nothing (EN 16931 forbids empty elements).
    pub(crate) fn leaf(&mut self, name: &str, text: &str) {
        self.leaf_attr(name, &[], text);
    }

    pub(crate) fn leaf_opt(&mut self, name: &str, text: Option<&str>) {
        if let Some(t) = text {
            self.leaf(name, t);
        }
    }

    pub(crate) fn leaf_attr(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        let kept: String = text.chars().filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')).collect();
        let text = kept.trim();
        if text.is_empty() {
            return;
        }
        self.start(name, attrs);
        self.out.push('>');
        escape_into(&mut self.out, text);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    pub(crate) fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }

    fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v);
            self.out.push('"');
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }
}

/// Escapes text for an element or a double-quoted attribute; drops the control characters
/// XML 1.0 cannot carry.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_empty_elements_left_out() {
        let mut x = Xml::new();
        x.open("a");
        x.leaf_attr("b", &[("k", "\"<&>'")], "Tom & Jerry <x> \u{1}");
        x.leaf("c", "  ");
        let s = x.finish();
        assert_eq!(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b k=\"&quot;&lt;&amp;&gt;&apos;\">Tom &amp; Jerry &lt;x&gt;</b>\n</a>\n");
    }
}
