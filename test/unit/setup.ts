// Dexie and anything else that touches IndexedDB gets an in-memory implementation in Node.
import 'fake-indexeddb/auto';
