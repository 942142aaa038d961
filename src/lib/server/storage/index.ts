/**
 * Where uploaded files live. The app talks to this interface only, so a deployment with several
 * instances can swap the local disk for shared storage (S3-compatible, NFS) without touching callers.
 */
import path from 'node:path';
import { dataDir } from '../db';
import { LocalDiskStorage } from './local-disk';

export interface StoredObject {
	data: Buffer;
	bytes: number;
}

export interface Storage {
	/** Writes (or replaces) an object. Keys are app-generated: `[a-z0-9/._-]` only. */
	put(key: string, data: Buffer): Promise<void>;
	/** Reads an object, or null when it does not exist. */
	get(key: string): Promise<StoredObject | null>;
	/** Deletes an object; deleting a missing key is not an error. */
	delete(key: string): Promise<void>;
}

const KEY = Symbol.for('ruang-pijar.storage');
type Holder = { [KEY]?: Storage };

/** The app's storage: local disk under `DATA_DIR/uploads` unless another was installed. */
export function getStorage(): Storage {
	const holder = globalThis as Holder;
	holder[KEY] ??= new LocalDiskStorage(path.join(dataDir(), 'uploads'));
	return holder[KEY];
}

/** Replaces the app's storage (tests, or a deployment's own backend). */
export function setStorage(storage: Storage): void {
	(globalThis as Holder)[KEY] = storage;
}

export { LocalDiskStorage } from './local-disk';
export { MemoryStorage } from './memory';
