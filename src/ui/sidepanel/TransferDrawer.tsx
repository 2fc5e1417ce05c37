import type { LibraryFilter } from '../data/library-filter';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/**
 * The Export / Import drawer's contents. A module of its own so the side panel loads it (and the
 * export formats behind it) only when the drawer is first opened, not on every panel open.
 */
export function TransferDrawer(props: { filter: LibraryFilter }) {
  return (
    <>
      <ExportPanel filter={props.filter} />
      <ImportPanel />
    </>
  );
}
