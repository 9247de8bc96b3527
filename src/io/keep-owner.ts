import { chownSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { strangerInSharedFolder } from "./stranger-in-shared-folder.js";

/**
 * The owner and group of a file being replaced, given to the new file that takes its place, where the system
 * lets this user: root any, another user a group of theirs. Else the file became the writer's own, of the
 * writer's group: a 0660 agency file shared by the group egov, saved by alice, was alice:alice, and bob, of
 * egov, could no longer open it (measured); one root saved (sudo) was root's. What the system refuses (a group
 * this user is not in) is left as made. Windows has no owner of this kind.
 */
export function keepOwner(temp: string, was: Stats): void {
  if (process.platform === "win32") return;
  const made = statSync(temp);
  if (made.uid === was.uid && made.gid === was.gid) return;
  // In a folder every user writes to with the sticky bit (/tmp), a file another user left at the name is not
  // theirs to keep: root's report written over one became that user's, who could then rewrite it (the rule of
  // the kernel's protected_regular). The folder's owner and this user are kept as elsewhere.
  if (strangerInSharedFolder(was.uid, made.uid, path.dirname(temp))) return;
  try {
    chownSync(temp, was.uid, was.gid);
    return;
  } catch {
    // Not root: the group alone.
  }
  try {
    chownSync(temp, -1, was.gid);
  } catch {
    // Not a group of this user's.
  }
}
