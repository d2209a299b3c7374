/**
 * What a file-system or stream error code means, in the words of the one-line messages every
 * command prints (src/cli/describe-failure.ts). Codes not listed keep their code.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
  ENOTDIR: 'a file stands where a folder should be',
  EEXIST: 'a file stands where a folder should be',
  EISDIR: 'a folder, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'busy',
  EXDEV: 'on another file system',
  EPIPE: 'the reader of the output went away',
  EIO: 'input/output error',
  EINVAL: 'not a path that can hold files here',
};

export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

export function errnoReason(code: string): string {
  return REASONS[code] ?? code;
}
