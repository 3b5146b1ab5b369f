//! The bundled fonts, parsed once per process and shared by every document and thread, and the
//! choice of font per run of text: Noto Sans first, Noto Sans CJK SC for what it lacks.

use std::borrow::Cow;
use std::sync::OnceLock;

use allsorts::tables::cmap::owned::CmapSubtable as OwnedCmapSubtable;
use printpdf::ParsedFont;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::{cff, sfnt, PdfError};

static SANS: &[u8] = include_bytes!(env!("KONSORTIO_FONT_SANS"));
static SANS_BOLD: &[u8] = include_bytes!(env!("KONSORTIO_FONT_SANS_BOLD"));
/// A collection (.ttc) of ten faces; printpdf parses one face of it and embeds that face alone.
static CJK: &[u8] = include_bytes!(env!("KONSORTIO_FONT_CJK"));
/// The Simplified Chinese face in Debian's NotoSansCJK-Regular.ttc (0 JP, 1 KR, 2 SC, 3 TC, ...).
const CJK_SC_INDEX: usize = 2;

/// What nearly every document is written with: Latin (with the Nordic, Turkish and Vietnamese
/// letters), general punctuation, currency signs and a few symbols. The "core" faces hold these
/// glyphs only, so printpdf's per-document subsetting walks a few hundred glyphs, not thousands.
const CORE: &[(u32, u32)] = &[
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x02B0, 0x02FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x215F),
    (0x2190, 0x2199),
    (0x2212, 0x2212),
];

/// One of the bundled faces; also the index into per-document "used" flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FaceId {
    SansCore,
    SansBoldCore,
    Sans,
    SansBold,
    CjkCommon,
    Cjk,
}

impl FaceId {
    pub const ALL: [FaceId; 6] =
        [FaceId::SansCore, FaceId::SansBoldCore, FaceId::Sans, FaceId::SansBold, FaceId::CjkCommon, FaceId::Cjk];

    /// The font's resource name inside a PDF, fixed so that the same document gives the same
    /// bytes; its first six letters are the subset tag (ISO 32000 asks for capitals).
    pub fn resource_name(self) -> &'static str {
        match self {
            FaceId::SansCore => "NSRCOR",
            FaceId::SansBoldCore => "NSBCOR",
            FaceId::Sans => "NSRFUL",
            FaceId::SansBold => "NSBFUL",
            FaceId::CjkCommon => "NSCJKC",
            FaceId::Cjk => "NSCJKF",
        }
    }

    /// The faces tried in turn for a character: the Latin core, the whole Latin face, the
    /// common Chinese characters, the whole CJK face.
    fn chain(bold: bool) -> [FaceId; 4] {
        if bold {
            [FaceId::SansBoldCore, FaceId::SansBold, FaceId::CjkCommon, FaceId::Cjk]
        } else {
            [FaceId::SansCore, FaceId::Sans, FaceId::CjkCommon, FaceId::Cjk]
        }
    }

    /// A face without a bold cut: bold is drawn by stroking as well as filling.
    pub fn is_cjk(self) -> bool {
        matches!(self, FaceId::CjkCommon | FaceId::Cjk)
    }

    fn build(self) -> Face {
        let unhinted = |bytes: Vec<u8>| sfnt::strip_hinting(&bytes).unwrap_or(bytes);
        match self {
            FaceId::SansCore => Face::parse(&unhinted(cut(SANS, 0, &latin_core(), "NotoSans")), 0, "NotoSans core"),
            FaceId::SansBoldCore => {
                Face::parse(&unhinted(cut(SANS_BOLD, 0, &latin_core(), "NotoSans-Bold")), 0, "NotoSans-Bold core")
            }
            FaceId::Sans => Face::parse(&unhinted(SANS.to_vec()), 0, "NotoSans"),
            FaceId::SansBold => Face::parse(&unhinted(SANS_BOLD.to_vec()), 0, "NotoSans-Bold"),
            FaceId::CjkCommon => {
                let common = cut(CJK, CJK_SC_INDEX, &common_chinese(), "NotoSansCJK SC");
                Face::parse(&cff::prune_font_dicts(&common).unwrap_or(common), 0, "CJK common")
            }
            FaceId::Cjk => Face::parse(CJK, CJK_SC_INDEX, "NotoSansCJK SC"),
        }
    }
}

fn latin_core() -> Vec<u32> {
    CORE.iter().flat_map(|&(from, to)| from..=to).collect()
}

/// CJK punctuation, full-width forms and the 6,763 characters of GB 2312, which the names of
/// Chinese libraries, universities and places are written with.
fn common_chinese() -> Vec<u32> {
    let gb2312 = |c: char| {
        let mut utf8 = [0; 4];
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut utf8));
        !unmappable && bytes.len() == 2 && (0xB0..=0xF7).contains(&bytes[0]) && bytes[1] >= 0xA1
    };
    let hanzi = (0x4E00..=0x9FFF).filter(|&cp| char::from_u32(cp).is_some_and(gb2312));
    (0x3000..=0x303F).chain(0xFF00..=0xFFEF).chain(hanzi).collect()
}

/// A face cut down to the given characters (with what printpdf embeds: outlines, metrics,
/// names; not hinting), built once per process. printpdf's per-document subsetting walks
/// every glyph and cmap entry of the face it is given, so a small face is a fast document.
fn cut(bytes: &[u8], index: usize, chars: &[u32], name: &str) -> Vec<u8> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{subset, CmapTarget, SubsetProfile};
    use allsorts::tag;

    let table = code_point_table(bytes, index, name);
    let mut glyphs: Vec<u16> =
        chars.iter().filter_map(|&cp| table.get(cp as usize).copied().filter(|gid| *gid != 0)).collect();
    glyphs.sort_unstable();
    glyphs.dedup();
    glyphs.insert(0, 0);
    let file = ReadScope::new(bytes).read::<FontData<'_>>().expect("the bundled font was read once already");
    let provider = file.table_provider(index).expect("the bundled font was read once already");
    let tables = vec![tag::CMAP, tag::HEAD, tag::HHEA, tag::HMTX, tag::MAXP, tag::NAME, tag::OS_2, tag::POST];
    subset(&provider, &glyphs, &SubsetProfile::Custom(tables), CmapTarget::Unicode)
        .unwrap_or_else(|e| panic!("the bundled font {name} cannot be cut down: {e}"))
}

/// A parsed face with its glyphs and advances at hand.
pub(crate) struct Face {
    pub font: ParsedFont,
    units_per_em: f32,
    /// The glyph of each code point, 0 where the face has none (the same table printpdf reads).
    glyphs: Vec<u16>,
    /// The advance of each glyph, in font units.
    advances: Vec<u16>,
}

impl Face {
    fn parse(bytes: &[u8], index: usize, name: &str) -> Face {
        let mut warnings = Vec::new();
        let mut font = ParsedFont::from_bytes(bytes, index, &mut warnings)
            .unwrap_or_else(|| panic!("the bundled font {name} does not parse: {warnings:?}"));
        // printpdf never reads the CFF glyph-to-CID map (it recomputes it from the subset it
        // embeds), and cloning its 65,535 entries into every document cost more than the rest.
        font.index_to_cid.clear();
        // printpdf looks up every character twice per document, and a format 12 cmap is
        // searched group by group; a table indexed by code point answers at once.
        let glyphs = code_point_table(bytes, index, name);
        font.cmap_subtable =
            Some(OwnedCmapSubtable::Format10 { language: 0, start_char_code: 0, glyph_id_array: glyphs.clone() });
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let advances = (0..font.num_glyphs).map(|gid| font.get_horizontal_advance(gid)).collect();
        Face { font, units_per_em, glyphs, advances }
    }

    /// The advance of `c` in em, or None when the face has no glyph for it.
    fn advance_em(&self, c: char) -> Option<f32> {
        let gid = *self.glyphs.get(u32::from(c) as usize)?;
        let advance = self.advances.get(usize::from(gid)).copied().filter(|_| gid != 0)?;
        Some(f32::from(advance) / self.units_per_em)
    }
}

/// The glyph of every code point up to the highest the face maps (0 where it has none), from
/// the cmap subtable printpdf's parser picks too.
fn code_point_table(bytes: &[u8], index: usize, name: &str) -> Vec<u16> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::tables::cmap::Cmap;
    use allsorts::tables::FontTableProvider;

    let bad = |what: &str| -> ! { panic!("the bundled font {name} has no readable {what}") };
    let file = ReadScope::new(bytes).read::<FontData<'_>>().unwrap_or_else(|_| bad("table directory"));
    let provider = file.table_provider(index).unwrap_or_else(|_| bad("face"));
    let data = provider.read_table_data(allsorts::tag::CMAP).unwrap_or_else(|_| bad("cmap"));
    let cmap = ReadScope::new(&data).read::<Cmap<'_>>().unwrap_or_else(|_| bad("cmap"));
    let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap).ok().flatten().unwrap_or_else(|| bad("Unicode cmap"));
    let mut table: Vec<u16> = Vec::new();
    subtable
        .mappings_fn(|ch, gid| {
            let at = ch as usize;
            if at >= table.len() {
                table.resize(at + 1, 0);
            }
            table[at] = gid;
        })
        .unwrap_or_else(|_| bad("cmap mappings"));
    table
}

/// The bundled faces, each built the first time a text needs it and then shared: the Latin
/// cores by nearly every document, the rest (the CJK face is 19 MB of collection) when asked.
pub(crate) struct Fonts {
    faces: [OnceLock<Face>; FaceId::ALL.len()],
}

static FONTS: Fonts = Fonts { faces: [const { OnceLock::new() }; FaceId::ALL.len()] };

pub(crate) fn fonts() -> &'static Fonts {
    &FONTS
}

/// A stretch of text drawn with one face. `fake_bold` when bold was asked of a face without a
/// bold cut (CJK): it is drawn filled and stroked.
#[derive(Debug)]
pub(crate) struct Run {
    pub face: FaceId,
    pub fake_bold: bool,
    pub text: String,
}

/// A text cut into runs, with its width in em.
#[derive(Debug)]
pub(crate) struct Shaped {
    pub runs: Vec<Run>,
    pub width_em: f32,
}

impl Fonts {
    pub fn face(&self, id: FaceId) -> &Face {
        self.faces[id as usize].get_or_init(|| id.build())
    }

    /// The face that draws `c`, and its advance in em: the first in the weight's chain that
    /// has it.
    pub fn pick(&self, c: char, bold: bool) -> Option<(FaceId, f32)> {
        FaceId::chain(bold).into_iter().find_map(|id| self.face(id).advance_em(c).map(|em| (id, em)))
    }

    /// Cuts a text into runs of one face each. A character no face covers is an error naming
    /// the text, never a blank on paper.
    pub fn shape(&self, text: &str, bold: bool) -> Result<Shaped, PdfError> {
        let cleaned = clean(text);
        let mut runs: Vec<Run> = Vec::new();
        let mut width_em = 0.0;
        for c in cleaned.chars() {
            let (face, em) =
                self.pick(c, bold).ok_or_else(|| PdfError::Uncovered { text: text.to_string(), character: c })?;
            width_em += em;
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push(c),
                _ => runs.push(Run { face, fake_bold: bold && face.is_cjk(), text: c.to_string() }),
            }
        }
        Ok(Shaped { runs, width_em })
    }

    /// The advance of one character in em, for line breaking.
    pub fn advance_em(&self, c: char, bold: bool) -> Result<f32, PdfError> {
        self.pick(c, bold).map(|(_, em)| em).ok_or_else(|| PdfError::Uncovered { text: c.to_string(), character: c })
    }
}

/// Text as it is drawn: composed (NFC, so "é" typed as e + accent is one glyph), line breaks
/// and tabs as spaces, zero-width characters (which draw nothing by design) left out.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    let plain = text.chars().all(|c| !c.is_control() && !is_zero_width(c));
    if plain && is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    let cleaned = text
        .nfc()
        .filter(|c| !is_zero_width(*c))
        .map(|c| if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' { ' ' } else { c })
        .collect();
    Cow::Owned(cleaned)
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

#[cfg(test)]
pub(crate) mod tests_support {
    /// The common-character CJK face as cut, before its unused font dicts are dropped.
    pub fn common_cjk_unpruned() -> Vec<u8> {
        super::cut(super::CJK, super::CJK_SC_INDEX, &super::common_chinese(), "NotoSansCJK SC")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_turkish_and_nordic_letters_come_from_noto_sans_and_chinese_from_cjk() {
        let f = fonts();
        let shaped = f.shape("İstanbul Ğş Åäö 北京大学 ı", false).unwrap();
        let runs: Vec<(FaceId, &str)> = shaped.runs.iter().map(|r| (r.face, r.text.as_str())).collect();
        assert_eq!(
            runs,
            [(FaceId::SansCore, "İstanbul Ğş Åäö "), (FaceId::CjkCommon, "北京大学"), (FaceId::SansCore, " ı")]
        );
        let greek = f.shape("Αθήνα", false).unwrap();
        assert_eq!(greek.runs[0].face, FaceId::Sans, "letters outside the core come from the whole face");
        let bold = f.shape("汉字", true).unwrap();
        assert!(bold.runs[0].fake_bold && bold.runs[0].face == FaceId::CjkCommon);
        let rare = f.shape("朱镕基", false).unwrap();
        let faces: Vec<FaceId> = rare.runs.iter().map(|r| r.face).collect();
        assert_eq!(faces, [FaceId::CjkCommon, FaceId::Cjk, FaceId::CjkCommon], "镕 is not in GB 2312");
    }

    #[test]
    fn the_code_point_tables_agree_with_the_fonts_own_cmaps() {
        for (bytes, index, name) in [(SANS, 0, "sans"), (SANS_BOLD, 0, "bold"), (CJK, CJK_SC_INDEX, "cjk")] {
            let original = ParsedFont::from_bytes(bytes, index, &mut Vec::new()).unwrap();
            let table = code_point_table(bytes, index, name);
            let samples = (0..0x3000).chain((0x4E00..0xA000).step_by(7)).chain([0x1F600, 0x20000, 0x2A6D6]);
            for cp in samples {
                let ours = table.get(cp as usize).copied().filter(|g| *g != 0);
                assert_eq!(ours, original.lookup_glyph_index(cp).filter(|g| *g != 0), "{name} U+{cp:04X}");
            }
        }
    }

    #[test]
    fn a_character_no_font_covers_is_an_error_naming_it() {
        let err = fonts().shape("Tifinagh ⵜⴰⵎⴰⵣⵉⵖⵜ", false).unwrap_err();
        assert_eq!(err, PdfError::Uncovered { text: "Tifinagh ⵜⴰⵎⴰⵣⵉⵖⵜ".into(), character: 'ⵜ' });
        assert!(matches!(fonts().shape("Library 😀", true), Err(PdfError::Uncovered { character: '😀', .. })));
    }

    #[test]
    fn text_is_composed_and_control_characters_become_spaces() {
        assert_eq!(clean("Jyva\u{308}skyla\u{308}\tKatu 1\n\u{feff}B"), "Jyväskylä Katu 1 B");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }
}
