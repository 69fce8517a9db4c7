/**
 * The PDF's outline (bookmarks), which pdf-lib has no API for: a flat list of entries, each
 * jumping to a page and a point on it (issue 15: one per phase and for the analysis page).
 */
import { PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

export interface Bookmark {
  title: string;
  page: PDFPage;
  /** Where the view opens, in points from the page's left and top edges. */
  x: number;
  top: number;
}

export function addOutline(pdf: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const { context } = pdf;
  const outlineRef = context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((mark, i) => {
    const dest = context.obj([mark.page.ref, PDFName.of('XYZ'), PDFNumber.of(mark.x), PDFNumber.of(mark.page.getHeight() - mark.top), PDFNull]);
    const entry = context.obj({ Title: PDFHexString.fromText(mark.title), Parent: outlineRef, Dest: dest });
    if (i > 0) entry.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) entry.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, entry);
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
