// Baseline for the background's size: Dexie alone (the background is the only database writer).
export { Dexie, liveQuery } from 'dexie';
