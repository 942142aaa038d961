import type { Storage, StoredObject } from './index';

/** Objects in a Map: for tests, and for the demo seed when nothing should touch the disk. */
export class MemoryStorage implements Storage {
	readonly #objects = new Map<string, Buffer>();

	async put(key: string, data: Buffer): Promise<void> {
		this.#objects.set(key, Buffer.from(data));
	}

	async get(key: string): Promise<StoredObject | null> {
		const data = this.#objects.get(key);
		return data ? { data, bytes: data.byteLength } : null;
	}

	async delete(key: string): Promise<void> {
		this.#objects.delete(key);
	}

	/** Number of stored objects (tests). */
	get size(): number {
		return this.#objects.size;
	}
}
