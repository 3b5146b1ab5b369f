//! A4 pages drawn top-down in millimetres: text in runs of bundled faces, rules, shading,
//! a logo; then the document serialized with only the fonts it uses, each subset.

use std::io::Write;

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Point, Pt, RawImage, Rect, TextItem, TextMatrix, TextRenderingMode, XObjectId, XObjectTransform,
};

use crate::fonts::{fonts, FaceId, Fonts, Shaped};
use crate::PdfError;

pub(crate) const PAGE_W: f32 = 210.0;
pub(crate) const PAGE_H: f32 = 297.0;
pub(crate) const LEFT: f32 = 20.0;
pub(crate) const RIGHT: f32 = 190.0;
/// The lowest baseline body text may use; the footer sits below it.
pub(crate) const BOTTOM: f32 = 275.0;
const PT_PER_MM: f32 = 72.0 / 25.4;

/// How a text looks: size in points, bold or not, and its grey (0 black, 1 white).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
    pub grey: f32,
}

impl Style {
    pub const fn new(size: f32) -> Style {
        Style { size, bold: false, grey: 0.0 }
    }
    pub const fn bold(self) -> Style {
        Style { bold: true, ..self }
    }
    pub const fn grey(self, grey: f32) -> Style {
        Style { grey, ..self }
    }
    /// The height of one line of this text, in mm.
    pub fn line_mm(self) -> f32 {
        self.size * 1.3 / PT_PER_MM
    }
}

/// Pages being drawn. `y` is always a baseline (or an edge) in mm from the top of the page.
pub(crate) struct Canvas {
    fonts: &'static Fonts,
    done: Vec<Vec<Op>>,
    ops: Vec<Op>,
    used: [bool; FaceId::ALL.len()],
    logo: Option<(XObjectId, RawImage)>,
    state: State,
}

/// What the page's content stream has set, so nothing is set twice: fewer operators make a
/// shorter stream, and writing and compressing it was a third of an invoice's time.
#[derive(Clone, Copy)]
struct State {
    /// Inside a text object (BT ... ET). Font, fill and stroke settings outlive text objects.
    in_text: bool,
    font: Option<(FaceId, f32)>,
    fill: f32,
    stroke: (f32, f32),
}

impl State {
    /// The defaults at the start of a page; NaN where the value is not known and must be set.
    const PAGE: State = State { in_text: false, font: None, fill: 0.0, stroke: (f32::NAN, f32::NAN) };
    const UNKNOWN: State = State { in_text: false, font: None, fill: f32::NAN, stroke: (f32::NAN, f32::NAN) };
}

fn pt(mm: f32) -> Pt {
    Pt(mm * PT_PER_MM)
}

fn point(x: f32, y: f32) -> Point {
    Point::new(Mm(x), Mm(PAGE_H - y))
}

fn grey(g: f32) -> Color {
    Color::Greyscale(Greyscale { percent: g, icc_profile: None })
}

impl Canvas {
    pub fn new() -> Canvas {
        Canvas {
            fonts: fonts(),
            done: Vec::new(),
            ops: Vec::new(),
            used: [false; FaceId::ALL.len()],
            logo: None,
            state: State::PAGE,
        }
    }

    pub fn shape(&self, text: &str, style: Style) -> Result<Shaped, PdfError> {
        self.fonts.shape(text, style.bold)
    }

    /// The width of a text in mm.
    pub fn width(&self, text: &str, style: Style) -> Result<f32, PdfError> {
        Ok(self.shape(text, style)?.width_em * style.size / PT_PER_MM)
    }

    /// Draws a text with its left end at `x`; returns its width in mm.
    pub fn text(&mut self, x: f32, y: f32, text: &str, style: Style) -> Result<f32, PdfError> {
        let shaped = self.shape(text, style)?;
        self.draw(x, y, &shaped, style);
        Ok(shaped.width_em * style.size / PT_PER_MM)
    }

    /// Draws a text with its right end at `x`.
    pub fn text_right(&mut self, x: f32, y: f32, text: &str, style: Style) -> Result<(), PdfError> {
        let shaped = self.shape(text, style)?;
        self.draw(x - shaped.width_em * style.size / PT_PER_MM, y, &shaped, style);
        Ok(())
    }

    /// Draws lines of text from baseline `y` down; returns the baseline after the last.
    pub fn lines(&mut self, x: f32, mut y: f32, lines: &[String], style: Style) -> Result<f32, PdfError> {
        for line in lines {
            self.text(x, y, line, style)?;
            y += style.line_mm();
        }
        Ok(y)
    }

    fn set_fill(&mut self, g: f32) {
        if g != self.state.fill {
            self.ops.push(Op::SetFillColor { col: grey(g) });
            self.state.fill = g;
        }
    }

    fn set_stroke(&mut self, g: f32, thickness: f32) {
        if (g, thickness) != self.state.stroke {
            self.ops.push(Op::SetOutlineColor { col: grey(g) });
            self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
            self.state.stroke = (g, thickness);
        }
    }

    /// Opens a text object unless one is open; lines and fills close it.
    fn text_mode(&mut self, on: bool) {
        if on != self.state.in_text {
            self.ops.push(if on { Op::StartTextSection } else { Op::EndTextSection });
            self.state.in_text = on;
        }
    }

    fn draw(&mut self, x: f32, y: f32, shaped: &Shaped, style: Style) {
        if shaped.runs.is_empty() {
            return;
        }
        self.set_fill(style.grey);
        self.text_mode(true);
        let p = point(x, y);
        self.ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(p.x, p.y) });
        for run in &shaped.runs {
            self.used[run.face as usize] = true;
            if self.state.font != Some((run.face, style.size)) {
                let font = PdfFontHandle::External(FontId(run.face.resource_name().to_string()));
                self.ops.push(Op::SetFont { font, size: Pt(style.size) });
                self.state.font = Some((run.face, style.size));
            }
            if run.fake_bold {
                self.set_stroke(style.grey, style.size / 30.0);
                self.ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::FillStroke });
            }
            self.ops.push(Op::ShowText { items: vec![TextItem::Text(run.text.clone())] });
            if run.fake_bold {
                self.ops.push(Op::SetTextRenderingMode { mode: TextRenderingMode::Fill });
            }
        }
    }

    /// Breaks a text into lines no wider than `width` mm: at spaces, between CJK characters,
    /// and inside a word only when the word alone is too wide.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Result<Vec<String>, PdfError> {
        let max_em = width * PT_PER_MM / style.size;
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            self.wrap_paragraph(&crate::fonts::clean(paragraph), style.bold, max_em, &mut lines).map_err(
                |e| match e {
                    // Name the whole text, not the one character, so it can be found and mended.
                    PdfError::Uncovered { character, .. } => PdfError::Uncovered { text: text.to_string(), character },
                    e => e,
                },
            )?;
        }
        Ok(lines)
    }

    fn wrap_paragraph(&self, text: &str, bold: bool, max_em: f32, lines: &mut Vec<String>) -> Result<(), PdfError> {
        let em_of = |s: &str| s.chars().map(|c| self.fonts.advance_em(c, bold)).sum::<Result<f32, PdfError>>();
        let (mut line, mut line_em) = (String::new(), 0.0f32);
        for word in words(text) {
            let body = word.trim_start_matches(' ');
            let body_em = em_of(body)?;
            if !line.is_empty() {
                let with_spaces = line_em + em_of(&word[..word.len() - body.len()])? + body_em;
                if with_spaces <= max_em {
                    line.push_str(word);
                    line_em = with_spaces;
                    continue;
                }
                lines.push(std::mem::take(&mut line));
                line_em = 0.0;
            }
            if body_em <= max_em {
                line.push_str(body);
                line_em = body_em;
                continue;
            }
            // A word wider than a line is cut where it must be.
            for c in body.chars() {
                let em = self.fonts.advance_em(c, bold)?;
                if line_em + em > max_em && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_em = 0.0;
                }
                line.push(c);
                line_em += em;
            }
        }
        lines.push(line);
        Ok(())
    }

    /// A horizontal rule from `x1` to `x2` at `y`, `thickness` in points.
    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, g: f32) {
        self.text_mode(false);
        self.set_stroke(g, thickness);
        let points = vec![LinePoint { p: point(x1, y), bezier: false }, LinePoint { p: point(x2, y), bezier: false }];
        self.ops.push(Op::DrawLine { line: Line { points, is_closed: false } });
    }

    /// A filled rectangle with its top left corner at (`x`, `y`).
    pub fn shade(&mut self, x: f32, y: f32, w: f32, h: f32, g: f32) {
        self.text_mode(false);
        self.set_fill(g);
        let rectangle = Rect {
            x: pt(x),
            y: pt(PAGE_H - y - h),
            width: pt(w),
            height: pt(h),
            mode: Some(PaintMode::Fill),
            winding_order: None,
        };
        self.ops.push(Op::DrawRectangle { rectangle });
    }

    /// Places an image in the box with top left (`x`, `y`), as large as fits without distortion;
    /// returns the width and height it takes in mm.
    pub fn image(&mut self, image: &RawImage, x: f32, y: f32, max_w: f32, max_h: f32) -> (f32, f32) {
        self.text_mode(false);
        let (px_w, px_h) = (image.width.max(1) as f32, image.height.max(1) as f32);
        let scale = (max_w / px_w).min(max_h / px_h);
        let (w, h) = (px_w * scale, px_h * scale);
        let id = match &self.logo {
            Some((id, _)) => id.clone(),
            None => {
                let id = XObjectId("Logo".to_string());
                self.logo = Some((id.clone(), image.clone()));
                id
            }
        };
        // At the default 300 dpi one pixel is 72/300 pt; scale that to the box.
        let px_pt = 72.0 / 300.0;
        let transform = XObjectTransform {
            translate_x: Some(pt(x)),
            translate_y: Some(pt(PAGE_H - y - h)),
            scale_x: Some(pt(w).0 / (px_w * px_pt)),
            scale_y: Some(pt(h).0 / (px_h * px_pt)),
            ..Default::default()
        };
        self.ops.push(Op::UseXobject { id, transform });
        (w, h)
    }

    pub fn new_page(&mut self) {
        self.text_mode(false);
        self.done.push(std::mem::take(&mut self.ops));
        self.state = State::PAGE;
    }

    /// Closes the last page and runs `decorate` on each page with its number and the count
    /// (for footers that say "page 2 of 5").
    pub fn decorate(
        &mut self,
        mut decorate: impl FnMut(&mut Canvas, usize, usize) -> Result<(), PdfError>,
    ) -> Result<(), PdfError> {
        self.new_page();
        let pages = std::mem::take(&mut self.done);
        let count = pages.len();
        for (i, page) in pages.into_iter().enumerate() {
            self.ops = page;
            // A page's settings at its end are not known here: set them afresh.
            self.state = State::UNKNOWN;
            decorate(self, i + 1, count)?;
            self.text_mode(false);
            self.done.push(std::mem::take(&mut self.ops));
        }
        Ok(())
    }

    /// The document's bytes: the pages drawn, with each face used embedded as a subset.
    pub fn finish(mut self, title: &str) -> Result<Vec<u8>, PdfError> {
        if !self.ops.is_empty() {
            self.new_page();
        }
        let mut doc = PdfDocument::new(title);
        for face in FaceId::ALL {
            if self.used[face as usize] {
                let font = printpdf::PdfFont::new(self.fonts.face(face).font.clone());
                doc.resources.fonts.map.insert(FontId(face.resource_name().to_string()), font);
            }
        }
        if let Some((id, image)) = self.logo.take() {
            doc.resources.xobjects.map.insert(id, printpdf::XObject::Image(image));
        }
        let pages = self.done.into_iter().map(|ops| PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops)).collect();
        doc.with_pages(pages);
        save(&doc)
    }
}

/// Words with the spaces before them; each CJK character is a word of its own, since Chinese
/// breaks between any two characters.
fn words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        if (c == ' ' && in_word) || (cjk && i > start) {
            words.push(&text[start..i]);
            start = i;
        }
        in_word = c != ' ';
        if cjk {
            let end = i + c.len_utf8();
            words.push(&text[start..end]);
            start = end;
            in_word = false;
        }
    }
    if start < text.len() {
        words.push(&text[start..]);
    }
    words
}

fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// Serializes with streams compressed at zlib's default level: printpdf's own save uses the
/// best level, which took a quarter of the time of a whole invoice for a few hundred bytes.
fn save(doc: &PdfDocument) -> Result<Vec<u8>, PdfError> {
    let opts = PdfSaveOptions { optimize: false, ..PdfSaveOptions::default() };
    let mut warnings = Vec::new();
    let mut lo = printpdf::serialize::to_lopdf_doc(doc, &opts, &mut warnings);
    let errors: Vec<String> =
        warnings.into_iter().filter(|w| w.severity == printpdf::PdfParseErrorSeverity::Error).map(|w| w.msg).collect();
    if !errors.is_empty() {
        return Err(PdfError::Render(errors.join("; ")));
    }
    for object in lo.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
                let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(2));
                z.write_all(&stream.content).expect("writing to memory");
                let packed = z.finish().expect("writing to memory");
                if packed.len() < stream.content.len() {
                    stream.dict.set("Filter", "FlateDecode");
                    stream.set_content(packed);
                }
            }
        }
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).expect("writing to memory");
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_leading_space_and_cjk_breaks_anywhere() {
        assert_eq!(words("Science Direct  2025"), ["Science", " Direct", "  2025"]);
        assert_eq!(words("北京大学 Library"), ["北", "京", "大", "学", " Library"]);
    }

    #[test]
    fn wrapping_fits_the_width_and_cuts_only_overlong_words() {
        let c = Canvas::new();
        let style = Style::new(10.0);
        let lines = c.wrap("Elsevier ScienceDirect Freedom Collection for all members", style, 50.0).unwrap();
        assert!(lines.len() > 1, "{lines:?}");
        for l in &lines {
            assert!(c.width(l, style).unwrap() <= 50.0, "{l}");
            assert_eq!(l.trim(), l);
        }
        assert_eq!(lines.join(" "), "Elsevier ScienceDirect Freedom Collection for all members");
        let long = c.wrap(&"x".repeat(80), style, 30.0).unwrap();
        assert!(long.len() > 1 && long.iter().all(|l| c.width(l, style).unwrap() <= 30.0));
        assert_eq!(c.wrap("", style, 30.0).unwrap(), [""]);
    }
}
