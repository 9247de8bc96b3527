import { statSync } from "node:fs";

/**
 * Whether `owner` is a stranger in `folder`: the folder is one every user writes to with the sticky bit (/tmp), and
 * `owner` is neither this user (`uid`) nor the folder's owner. The kernel's protected_symlinks and protected_regular
 * rule, kept where the system does not apply it. `statSync` follows a link naming the folder (macOS's /tmp).
 */
export function strangerInSharedFolder(owner: number, uid: number, folder: string): boolean {
  const stat = statSync(folder);
  return (stat.mode & 0o1002) === 0o1002 && owner !== uid && owner !== stat.uid;
}
