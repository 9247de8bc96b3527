import { lstatSync } from "node:fs";
import path from "node:path";
import { strangerInSharedFolder } from "./stranger-in-shared-folder.js";

/**
 * Whether `file` is a link another user made in a folder every user writes to that has the sticky bit (/tmp):
 * written through, a report with --force (or an answer saved) replaced whatever file of this user's the link
 * named. The Linux kernel refuses to follow such a link where fs.protected_symlinks is on, not everywhere (a
 * container, an older system); its rule is kept here: the link's owner must be this user or the folder's owner.
 * `uid` is this user's (undefined on Windows, which has no such folder).
 */
export function foreignLink(file: string, uid = process.getuid?.()): boolean {
  if (uid === undefined) return false;
  try {
    const link = lstatSync(file, { throwIfNoEntry: false });
    if (!link?.isSymbolicLink()) return false;
    // The folder itself, not a link naming it: macOS's /tmp is a link to /private/tmp, and had no sticky bit of its own.
    return strangerInSharedFolder(link.uid, uid, path.dirname(file));
  } catch {
    // A path the system cannot look at (a file where a folder should be): the target's own check says why.
    return false;
  }
}
