/**
 * Browser twin of src/store/atomic-write.ts. The GitHub sync module imports the ETag cache,
 * whose save() writes a file; the web app keeps no cache file (the browser has no file system
 * for it), so nothing here may be reached. If it ever is, say so instead of failing obscurely.
 */
export async function writeFileAtomic(path: string): Promise<void> {
  throw new Error(`writing ${path} is not possible in the browser`);
}
