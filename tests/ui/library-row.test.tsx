import { describe, expect, it } from 'vitest';
import { LibraryRow } from '@/src/ui/sidepanel/LibraryRow';
import { fakeClient, freshDb, renderUi, seed, textOf } from './helpers';

describe('LibraryRow', () => {
  it('puts the tags before the note, so a long note (cut with an ellipsis) cannot hide them', async () => {
    const db = freshDb();
    const { a1 } = await seed(db);
    const annotation = { ...(await db.annotations.get(a1.id))!, note: 'ghi chú rất dài '.repeat(30) };
    const document = await db.documents.get(annotation.documentId);
    const { client } = fakeClient(db);
    const { container } = await renderUi(
      <LibraryRow item={{ annotation, document }} selected={false} onSelect={() => {}} />,
      db,
      client,
    );
    const line = textOf(container.querySelector('.lrow-tags'));
    expect(line.startsWith(`#${annotation.tags.join(' #')}`)).toBe(true);
    expect(line).toContain('ghi chú rất dài');
  });
});
