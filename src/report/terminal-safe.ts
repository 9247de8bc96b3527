/**
 * Control characters from data (an agency name, a note, a line of a file) shown as visible symbols, so that
 * text printed to a terminal cannot move the cursor, clear the screen, set the window title or ring the
 * bell: C0 controls as their Unicode control pictures (␛ ␇ ␍), DEL as ␡, C1 controls as �. Line feeds and
 * tabs stay, and so do the colour sequences (ESC [ … m) this program writes itself: one that data carries
 * can only change a colour.
 */
const UNSAFE = /\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}
