//! Removes TrueType hinting from a font: PDF viewers and printers draw outlines without it, and
//! without it every embedded subset is some 40 % smaller and faster to compress.

/// Tables that only serve hinting (programs, control values, device metrics).
const HINTING_TABLES: [&[u8; 4]; 7] = [b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX", b"gasp"];

/// A TrueType font (glyf outlines) without its hinting tables and glyph instructions, its
/// glyph table rewritten with long offsets. None when the bytes are not such a font.
pub(crate) fn strip_hinting(font: &[u8]) -> Option<Vec<u8>> {
    let tables = directory(font)?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let (head, maxp, loca, glyf) = (table(b"head")?, table(b"maxp")?, table(b"loca")?, table(b"glyf")?);
    let glyphs = usize::from(u16::from_be_bytes(maxp.get(4..6)?.try_into().ok()?));
    let long_offsets = i16::from_be_bytes(head.get(50..52)?.try_into().ok()?) == 1;
    let offset = |i: usize| -> Option<usize> {
        Some(if long_offsets {
            u32::from_be_bytes(loca.get(4 * i..4 * i + 4)?.try_into().ok()?) as usize
        } else {
            2 * usize::from(u16::from_be_bytes(loca.get(2 * i..2 * i + 2)?.try_into().ok()?))
        })
    };
    let (mut new_glyf, mut new_loca) = (Vec::with_capacity(glyf.len()), Vec::with_capacity(4 * (glyphs + 1)));
    for i in 0..glyphs {
        new_loca.extend((new_glyf.len() as u32).to_be_bytes());
        let (start, end) = (offset(i)?, offset(i + 1)?);
        if end > start {
            without_instructions(glyf.get(start..end)?, &mut new_glyf)?;
            new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        }
    }
    new_loca.extend((new_glyf.len() as u32).to_be_bytes());

    let mut new_head = head.to_vec();
    new_head[8..12].fill(0); // checkSumAdjustment: no reader checks it in a PDF
    new_head[50..52].copy_from_slice(&1i16.to_be_bytes());
    let mut new_maxp = maxp.to_vec();
    if new_maxp.len() >= 32 {
        new_maxp[26..28].fill(0); // maxSizeOfInstructions
    }
    let kept = tables.iter().filter(|(tag, _)| !HINTING_TABLES.contains(&tag)).map(|(tag, data)| {
        let data: &[u8] = match tag {
            b"head" => &new_head,
            b"maxp" => &new_maxp,
            b"loca" => &new_loca,
            b"glyf" => &new_glyf,
            _ => data,
        };
        (*tag, data)
    });
    Some(assemble(font.get(0..4)?, kept.collect()))
}

/// The tables of a single-face sfnt, in directory order.
pub(crate) fn directory(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let count = usize::from(u16::from_be_bytes(font.get(4..6)?.try_into().ok()?));
    (0..count)
        .map(|i| {
            let record = font.get(12 + 16 * i..28 + 16 * i)?;
            let tag: [u8; 4] = record[0..4].try_into().ok()?;
            let start = u32::from_be_bytes(record[8..12].try_into().ok()?) as usize;
            let length = u32::from_be_bytes(record[12..16].try_into().ok()?) as usize;
            Some((tag, font.get(start..start + length)?))
        })
        .collect()
}

/// Appends one glyph without its instructions: a simple glyph keeps its contours, flags and
/// coordinates; a composite its components, with the "has instructions" flag cleared.
fn without_instructions(glyph: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let contours = i16::from_be_bytes(glyph.get(0..2)?.try_into().ok()?);
    if contours >= 0 {
        let at = 10 + 2 * contours as usize;
        let instructions = usize::from(u16::from_be_bytes(glyph.get(at..at + 2)?.try_into().ok()?));
        out.extend(&glyph[..at]);
        out.extend([0, 0]);
        out.extend(glyph.get(at + 2 + instructions..)?);
        return Some(());
    }
    const WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const XY_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    const INSTRUCTIONS: u16 = 0x0100;
    out.extend(glyph.get(0..10)?);
    let mut at = 10;
    loop {
        let flags = u16::from_be_bytes(glyph.get(at..at + 2)?.try_into().ok()?);
        let args = if flags & WORDS != 0 { 4 } else { 2 };
        let transform = if flags & SCALE != 0 {
            2
        } else if flags & XY_SCALE != 0 {
            4
        } else if flags & TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        let end = at + 4 + args + transform;
        out.extend((flags & !INSTRUCTIONS).to_be_bytes());
        out.extend(glyph.get(at + 2..end)?);
        at = end;
        if flags & MORE == 0 {
            return Some(());
        }
    }
}

/// An sfnt from its tables, each aligned to four bytes with its checksum.
pub(crate) fn assemble(version: &[u8], tables: Vec<([u8; 4], &[u8])>) -> Vec<u8> {
    let count = tables.len() as u16;
    let power = 1u16 << (15 - count.max(1).leading_zeros());
    let mut out = Vec::new();
    out.extend(version);
    out.extend(count.to_be_bytes());
    out.extend((power * 16).to_be_bytes());
    out.extend((power.trailing_zeros() as u16).to_be_bytes());
    out.extend((count * 16 - power * 16).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    for (tag, data) in &tables {
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend(*data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    out
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    static SANS: &[u8] = include_bytes!(env!("KONSORTIO_FONT_SANS"));

    #[test]
    fn hinting_goes_and_outlines_and_metrics_stay() {
        let stripped = strip_hinting(SANS).unwrap();
        assert!(stripped.len() < SANS.len() * 3 / 4, "{} of {} bytes", stripped.len(), SANS.len());
        let tags: Vec<[u8; 4]> = directory(&stripped).unwrap().iter().map(|(t, _)| *t).collect();
        assert!(!tags.contains(b"fpgm") && !tags.contains(b"prep") && tags.contains(b"glyf"));
        let before = printpdf::ParsedFont::from_bytes(SANS, 0, &mut Vec::new()).unwrap();
        let after = printpdf::ParsedFont::from_bytes(&stripped, 0, &mut Vec::new()).unwrap();
        assert_eq!(before.num_glyphs, after.num_glyphs);
        for gid in 0..before.num_glyphs {
            assert_eq!(before.get_horizontal_advance(gid), after.get_horizontal_advance(gid), "advance of {gid}");
            assert_eq!(before.get_glyph_bbox_size(gid), after.get_glyph_bbox_size(gid), "outline of {gid}");
        }
    }

    #[test]
    fn a_font_that_is_not_truetype_is_left_alone() {
        assert_eq!(strip_hinting(b"not a font"), None);
    }
}
