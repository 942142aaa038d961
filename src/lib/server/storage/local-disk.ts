import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Storage, StoredObject } from './index';

// Keys come from the app, but a key is still checked so no caller can ever escape the root.
const SAFE_KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Files under one root directory; writes go to a temporary name first so readers never see half a file. */
export class LocalDiskStorage implements Storage {
	readonly #root: string;

	constructor(root: string) {
		this.#root = path.resolve(root);
	}

	#path(key: string): string {
		if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`invalid storage key: ${key}`);
		return path.join(this.#root, ...key.split('/'));
	}

	async put(key: string, data: Buffer): Promise<void> {
		const file = this.#path(key);
		await mkdir(path.dirname(file), { recursive: true });
		const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
		await writeFile(temp, data);
		await rename(temp, file);
	}

	async get(key: string): Promise<StoredObject | null> {
		try {
			const data = await readFile(this.#path(key));
			return { data, bytes: data.byteLength };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
	}

	async delete(key: string): Promise<void> {
		await rm(this.#path(key), { force: true });
	}
}
