/**
 * Encryption at rest for every table, as one Dexie DBCore middleware below all of Dexie's
 * own (hooks, live queries and caches see plain records; IndexedDB sees only this).
 *
 * Per table the middleware reads the schema: the primary key and every indexed key path
 * stay in the clear (IndexedDB must read them to keep its indexes), and the whole record
 * is sealed into one field with AES-256-GCM under the data key, bound to the table's name.
 * A table added in a later schema version is covered without code. Which fields stay
 * readable is therefore exactly the stores strings in schema-versions.ts (README lists them),
 * except the indexed fields in BLINDED_INDEX_FIELDS: those name something (a municipality)
 * and are stored as a keyed hash (HMAC-SHA-256 under a key derived from the data key), so
 * the index still finds equal values and no one without the key can read them.
 *
 * Why our own middleware and not `dexie-encrypted`: that package works through Dexie's
 * old table hooks (no DBCore, so bulk and cursor paths need care), uses tweetnacl
 * secretbox with its own key-change table, and its last release (2.0.0) asks for Dexie 3; what it does is
 * small enough to own. Why @noble/ciphers and not WebCrypto here: a DBCore call runs
 * inside an IndexedDB transaction, which commits as soon as the code awaits anything that
 * is not an IndexedDB request, so an asynchronous cipher would need Dexie.waitFor's
 * keep-alive requests for every write. A synchronous AES-GCM keeps each write one request.
 */
import Dexie, {
  type DBCore,
  type DBCoreCursor,
  type DBCoreQuery,
  type DBCoreTable,
  type DBCoreTableSchema,
  type Middleware,
} from 'dexie';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { open, seal, toBase64, utf8 } from './cipher';
import { decodeValue, encodeValue } from './value-codec';

/** The one field that holds the sealed record. */
export const SEALED_FIELD = '$vw';

/**
 * Indexed fields that would say something about a person (domain rule, as data): kept as
 * a keyed hash. Only equality queries work on them, which is all the app asks of them.
 */
export const BLINDED_INDEX_FIELDS: Readonly<Record<string, readonly string[]>> = {
  respondents: ['organisation'],
};

function blinder(key: Uint8Array, table: string) {
  const fields = new Set(BLINDED_INDEX_FIELDS[table] ?? []);
  const blindKey = hkdf(sha256, key, undefined, utf8('veldwerk:blind-index'), 32);
  const blind = (path: string, value: unknown): unknown =>
    typeof value === 'string'
      ? `#${toBase64(hmac(sha256, blindKey, utf8(`${table}.${path}\u0000${value}`)).subarray(0, 16))}`
      : value;
  /** A query key on `keyPath` as it is stored (only strings are blinded; MIN_KEY/MAX_KEY padding is left alone). */
  const blindKeyFor = (keyPath: string | string[] | null, queryKey: unknown): unknown => {
    if (keyPath === null || fields.size === 0) return queryKey;
    if (!Array.isArray(keyPath)) return fields.has(keyPath) ? blind(keyPath, queryKey) : queryKey;
    if (!Array.isArray(queryKey)) return queryKey;
    return queryKey.map((part, i) =>
      keyPath[i] !== undefined && fields.has(keyPath[i]!) ? blind(keyPath[i]!, part) : part,
    );
  };
  return { isBlinded: (path: string) => fields.has(path), blind, blindKeyFor };
}

function clearKeyPaths(schema: DBCoreTableSchema): string[] {
  const paths = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const keyPath = index.keyPath;
    if (keyPath === null) continue;
    for (const path of Array.isArray(keyPath) ? keyPath : [keyPath]) paths.add(path);
  }
  return [...paths];
}

function tableCipher(key: Uint8Array, name: string, schema: DBCoreTableSchema) {
  const paths = clearKeyPaths(schema);
  const associated = utf8(`veldwerk:table:${name}`);
  const { isBlinded, blind, blindKeyFor } = blinder(key, name);
  return {
    blindKeyFor,
    encrypt(value: unknown): unknown {
      if (value === null || typeof value !== 'object') return value;
      const stored: Record<string, unknown> = {};
      for (const path of paths) {
        const field = Dexie.getByKeyPath(value, path);
        if (field !== undefined) Dexie.setByKeyPath(stored, path, isBlinded(path) ? blind(path, field) : field);
      }
      stored[SEALED_FIELD] = seal(key, encodeValue(value), associated);
      return stored;
    },
    decrypt(stored: unknown): unknown {
      if (stored === null || typeof stored !== 'object' || !(SEALED_FIELD in stored)) return stored;
      const value = decodeValue(open(key, (stored as Record<string, Uint8Array>)[SEALED_FIELD]!, associated));
      // IndexedDB writes an auto-incremented key into the stored object only.
      for (const path of paths) {
        if (isBlinded(path)) continue;
        const field = Dexie.getByKeyPath(stored, path);
        if (field !== undefined) Dexie.setByKeyPath(value as object, path, field);
      }
      return value;
    },
  };
}

function decryptingCursor(cursor: DBCoreCursor, decrypt: (stored: unknown) => unknown): DBCoreCursor {
  let seenFor: unknown = undefined;
  let seenStored: unknown = undefined;
  let plain: unknown = undefined;
  // The real cursor is a native IDBCursor: its getters and methods refuse any other `this`
  // ("Illegal invocation"), so the wrapper reads and calls them on the cursor itself. What
  // Dexie added to it (start, stop, done, …) is read through the prototype as it is.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: { value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey) },
    advance: { value: (count: number) => cursor.advance(count) },
    value: {
      get() {
        const stored = cursor.value;
        // Decrypt once per position, not once per read of .value.
        if (stored !== seenStored || cursor.primaryKey !== seenFor) {
          seenStored = stored;
          seenFor = cursor.primaryKey;
          plain = decrypt(stored);
        }
        return plain;
      },
    },
  }) as DBCoreCursor;
}

function encryptedTable(table: DBCoreTable, key: Uint8Array): DBCoreTable {
  const { encrypt, decrypt, blindKeyFor } = tableCipher(key, table.name, table.schema);
  const storedQuery = <R extends { query: DBCoreQuery }>(req: R): R => {
    const { index, range } = req.query;
    const lower = blindKeyFor(index.keyPath, range.lower);
    const upper = blindKeyFor(index.keyPath, range.upper);
    return lower === range.lower && upper === range.upper
      ? req
      : { ...req, query: { index, range: { ...range, lower, upper } } };
  };
  return {
    ...table,
    mutate(req) {
      if (req.type === 'add' || req.type === 'put') {
        return table.mutate({ ...req, values: req.values.map(encrypt) });
      }
      return table.mutate(req);
    },
    get: (req) => table.get(req).then(decrypt),
    getMany: (req) => table.getMany(req).then((values) => values.map(decrypt)),
    count: (req) => table.count(storedQuery(req)),
    query: (req) =>
      table.query(storedQuery(req)).then((res) => (req.values ? { ...res, result: res.result.map(decrypt) } : res)),
    openCursor: (req) =>
      table
        .openCursor(storedQuery(req))
        .then((cursor) => (cursor && req.values !== false ? decryptingCursor(cursor, decrypt) : cursor)),
  };
}

/** Seals every record of every table with `key` (32 bytes). Install with db.use() before opening. */
export function encryptionMiddleware(key: Uint8Array): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'VeldwerkEncryption',
    // Below Dexie's own middlewares (the lowest of which is -1): nearest to IndexedDB.
    level: -10,
    create(down) {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        table(name) {
          let table = tables.get(name);
          if (!table) {
            table = encryptedTable(down.table(name), key);
            tables.set(name, table);
          }
          return table;
        },
      };
    },
  };
}
