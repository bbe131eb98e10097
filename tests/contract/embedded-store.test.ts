import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import { describeAccountContract } from './account-contract.js';
import { describeEditingContract } from './editing-contract.js';
import { describeStoreContract } from './store-contract.js';

let dir: string | undefined;

describeStoreContract('embedded', {
  async open() {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-contract-'));
    return EmbeddedStore.open(dir);
  },
  async reopen(store) {
    await store.close();
    return EmbeddedStore.open(dir!);
  },
  async dispose() {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  },
});

describeEditingContract('embedded', {
  async open() {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-editing-'));
    return EmbeddedStore.open(dir);
  },
  async reopen(store) {
    await store.close();
    return EmbeddedStore.open(dir!);
  },
  async dispose() {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  },
});

describeAccountContract('embedded', {
  async open() {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-accounts-'));
    return EmbeddedAccountStore.open(dir, { compactAfterBytes: 600 });
  },
  async reopen(store) {
    await store.close();
    return EmbeddedAccountStore.open(dir!, { compactAfterBytes: 600 });
  },
  async dispose() {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  },
});
