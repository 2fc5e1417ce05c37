import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { MarginDatabase } from '@/src/storage/create-database';
import { DatabaseProvider } from '@/src/ui/data/database-context';
import { useLiveQuery } from '@/src/ui/data/use-live-query';
import { waitFor } from './helpers';

function Probe(props: { db: Dexie }) {
  const result = useLiveQuery(() => props.db.table('t').count(), [props.db]);
  if (result.status === 'error') {
    return (
      <button type="button" onClick={result.retry}>
        error: {(result.error as Error).name}
      </button>
    );
  }
  return <p>{result.status === 'ok' ? `count ${result.value}` : 'loading'}</p>;
}

async function mount(db: Dexie): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() =>
    render(
      <DatabaseProvider db={db as MarginDatabase}>
        <Probe db={db} />
      </DatabaseProvider>,
      container,
    ),
  );
  return container;
}

function fresh(): Dexie {
  const db = new Dexie(`live-query-${Math.random().toString(36).slice(2)}`);
  db.version(1).stores({ t: '++id' });
  return db;
}

const factory = Object.getPrototypeOf(indexedDB) as IDBFactory;
const realOpen = factory.open;
afterEach(() => {
  factory.open = realOpen;
});

describe('useLiveQuery', () => {
  it('shows the value, and follows writes', async () => {
    const db = fresh();
    const view = await mount(db);
    await waitFor(() => expect(view.textContent).toBe('count 0'));
    await db.table('t').add({ a: 1 });
    await waitFor(() => expect(view.textContent).toBe('count 1'));
  });

  it('turns a database that cannot be opened into an error instead of loading forever', async () => {
    factory.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    };
    const db = fresh();
    const view = await mount(db);
    await waitFor(() => expect(view.textContent).toBe('error: DatabaseUnavailableError'));

    // Once the browser lets it open again, Retry reopens the database and shows the value.
    factory.open = realOpen;
    await act(() => view.querySelector('button')!.click());
    await waitFor(() => expect(view.textContent).toBe('count 0'));
  });
});

describe('useLiveQuery, when its inputs change', () => {
  it('keeps the previous value marked stale until the new query answers', async () => {
    const db = fresh();
    await db.table('t').bulkAdd([{ n: 1 }, { n: 2 }, { n: 3 }]);
    let release: (() => void) | null = null;
    const seen: string[] = [];
    function Filtered(props: { min: number }) {
      const result = useLiveQuery(
        () =>
          db
            .table('t')
            .where('id')
            .aboveOrEqual(props.min)
            .count()
            .then((n) => (props.min > 1 ? new Promise<number>((r) => (release = () => r(n))) : n)),
        [props.min],
      );
      const text = result.status === 'ok' ? `${result.value}${result.stale ? ' stale' : ''}` : result.status;
      seen.push(text);
      return <p>{text}</p>;
    }
    const container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Filtered min={1} />, container));
    await waitFor(() => expect(container.textContent).toBe('3'));
    await act(() => render(<Filtered min={2} />, container));
    await waitFor(() => expect(container.textContent).toBe('3 stale'));
    // The new query has read, and is held: still the old value, marked stale.
    await waitFor(() => expect(release).not.toBeNull());
    expect(container.textContent).toBe('3 stale');
    release!();
    await waitFor(() => expect(container.textContent).toBe('2'));
    expect(seen).not.toContain('loading stale');
  });
});
