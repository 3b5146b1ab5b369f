//! Drops the font dictionaries a CID-keyed CFF font's glyphs no longer use, after it is cut
//! down: printpdf re-reads the CFF table, every dictionary included, for each glyph it embeds.

use allsorts::binary::read::{ReadArrayCow, ReadScope};
use allsorts::binary::write::{WriteBinary, WriteBuffer};
use allsorts::cff::{CFFVariant, FDSelect, IndexU16, MaybeOwnedIndex, CFF};

use crate::sfnt;

/// An OpenType font whose CFF table keeps only the font dictionaries (with their private
/// dictionaries and subroutines) some glyph uses. None when there is nothing to drop or the
/// font is not CID-keyed CFF.
pub(crate) fn prune_font_dicts(otf: &[u8]) -> Option<Vec<u8>> {
    let tables = sfnt::directory(otf)?;
    let cff_data = tables.iter().find(|(tag, _)| tag == b"CFF ")?.1;
    let (fds, used, dicts) = used_font_dicts(cff_data)?;
    let index = cff_index(&dicts);

    let mut cff = ReadScope::new(cff_data).read::<CFF<'_>>().ok()?;
    let CFFVariant::CID(cid) = &mut cff.fonts.first_mut()?.data else { return None };
    cid.font_dict_index = MaybeOwnedIndex::Borrowed(ReadScope::new(&index).read::<IndexU16>().ok()?);
    let mut private: Vec<_> = std::mem::take(&mut cid.private_dicts).into_iter().map(Some).collect();
    let mut subrs = std::mem::take(&mut cid.local_subr_indices);
    for &fd in &used {
        cid.private_dicts.push(private.get_mut(usize::from(fd))?.take()?);
        cid.local_subr_indices.push(subrs.get_mut(usize::from(fd))?.take());
    }
    let renumbered = fds.iter().map(|fd| used.iter().position(|u| u == fd).map(|i| i as u8)).collect::<Option<_>>()?;
    cid.fd_select = FDSelect::Format0 { glyph_font_dict_indices: ReadArrayCow::Owned(renumbered) };

    let mut written = WriteBuffer::new();
    CFF::write(&mut written, &cff).ok()?;
    let written = written.into_inner();
    let tables = tables.into_iter().map(|(tag, data)| (tag, if &tag == b"CFF " { written.as_slice() } else { data }));
    Some(sfnt::assemble(otf.get(0..4)?, tables.collect()))
}

/// Each glyph's font dictionary, the ones used in order, and their bytes; None when all are used.
#[allow(clippy::type_complexity)]
fn used_font_dicts(cff_data: &[u8]) -> Option<(Vec<u8>, Vec<u8>, Vec<Vec<u8>>)> {
    let cff = ReadScope::new(cff_data).read::<CFF<'_>>().ok()?;
    let font = cff.fonts.first()?;
    let CFFVariant::CID(cid) = &font.data else { return None };
    let glyphs = u16::try_from(font.char_strings_index.len()).ok()?;
    let fds: Vec<u8> = (0..glyphs).map(|gid| cid.fd_select.font_dict_index(gid)).collect::<Option<_>>()?;
    let mut used = fds.clone();
    used.sort_unstable();
    used.dedup();
    if used.len() == cid.font_dict_index.len() {
        return None;
    }
    let dicts = used
        .iter()
        .map(|&fd| cid.font_dict_index.read_object(usize::from(fd)).map(<[u8]>::to_vec))
        .collect::<Option<_>>()?;
    Some((fds, used, dicts))
}

/// A CFF INDEX (count, offset size 4, offsets from 1, data) of the given objects.
fn cff_index(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend((objects.len() as u16).to_be_bytes());
    out.push(4);
    let mut offset = 1u32;
    out.extend(offset.to_be_bytes());
    for object in objects {
        offset += object.len() as u32;
        out.extend(offset.to_be_bytes());
    }
    for object in objects {
        out.extend(object);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_font_dicts_go_and_every_glyph_keeps_its_outline() {
        let common = crate::fonts::tests_support::common_cjk_unpruned();
        let pruned = prune_font_dicts(&common).expect("GB 2312 uses only some of the font dicts");
        let dicts = |otf: &[u8]| {
            let data = sfnt::directory(otf).unwrap().into_iter().find(|(t, _)| t == b"CFF ").unwrap().1.to_vec();
            let cff = ReadScope::new(&data).read::<CFF<'_>>().unwrap();
            let CFFVariant::CID(cid) = &cff.fonts[0].data else { panic!("CID-keyed") };
            cid.font_dict_index.len()
        };
        assert!(dicts(&pruned) < dicts(&common), "{} of {}", dicts(&pruned), dicts(&common));
        let before = printpdf::ParsedFont::from_bytes(&common, 0, &mut Vec::new()).unwrap();
        let after = printpdf::ParsedFont::from_bytes(&pruned, 0, &mut Vec::new()).unwrap();
        assert_eq!(before.num_glyphs, after.num_glyphs);
        for gid in (0..before.num_glyphs).step_by(97) {
            assert_eq!(before.get_glyph_bbox_size(gid), after.get_glyph_bbox_size(gid), "outline of {gid}");
        }
    }
}
