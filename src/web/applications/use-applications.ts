import { useCallback, useMemo, useState } from 'react';
import { withStatus } from '../../applications/index.js';
import type { ApplicationStatus } from '../../model/index.js';
import { loadApplications, saveRecord, saveVersion, type ApplicationStorage, type DamagedApplication, type KeptApplication } from './application-storage.js';
import type { MadeApplication } from './make-application.js';

export interface ApplicationsHandle {
  applications: KeptApplication[];
  damaged: DamagedApplication[];
  /** Every folder name in use (damaged records' too): a new one never takes one of them. */
  taken: ReadonlySet<string>;
  /** Keep what makeApplication made; the reason in plain words when the browser refused. */
  keep: (made: MadeApplication) => string | null;
  setStatus: (folder: string, status: ApplicationStatus, day: string) => string | null;
  storage: (ApplicationStorage & Pick<Storage, 'removeItem'>) | null;
}

function browserStorage(): (ApplicationStorage & Pick<Storage, 'removeItem'>) | null {
  try {
    return window.localStorage;
  } catch {
    return null; // Storage disabled (some private modes throw on access).
  }
}

/** The applications kept in this browser, read once when the page opens, written on each change. */
export function useApplications(): ApplicationsHandle {
  const [storage] = useState(browserStorage);
  const [loaded, setLoaded] = useState(() => (storage === null ? { applications: [], damaged: [] } : loadApplications(storage)));

  const keep = useCallback((made: MadeApplication): string | null => {
    if (made.kind === 'up to date') return null;
    if (storage === null) return 'this browser does not let the page keep anything (private mode?): download the files now';
    const problem = made.kind === 'built' ? saveVersion(storage, made.folder, made.record, made.files) : saveRecord(storage, made.folder, made.record);
    if (problem === null) setLoaded(loadApplications(storage));
    return problem;
  }, [storage]);

  const setStatus = useCallback((folder: string, status: ApplicationStatus, day: string): string | null => {
    const kept = loaded.applications.find((entry) => entry.folder === folder);
    if (kept === undefined || storage === null) return 'that application is no longer in this browser\'s storage';
    const problem = saveRecord(storage, folder, withStatus(kept.record, status, day));
    if (problem === null) setLoaded(loadApplications(storage));
    return problem;
  }, [loaded, storage]);

  const taken = useMemo(() => new Set([...loaded.applications, ...loaded.damaged].map((entry) => entry.folder)), [loaded]);
  return { ...loaded, taken, keep, setStatus, storage };
}
