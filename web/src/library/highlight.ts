/**
 * The search's highlighted passage, split into plain text and matches. The API wraps matches
 * in <mark>…</mark> and leaves the rest as the author wrote it; the page renders each part as
 * text (React escapes it), so nothing in a question's own text can become markup.
 */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightParts(passage: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  for (const piece of passage.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') match = true;
    else if (piece === '</mark>') match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  return parts;
}
