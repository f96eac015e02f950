/**
 * Handing the user a file: a Blob behind a temporary download link. Works in browsers, in Excel
 * on the web and in Excel on Windows; Office for Mac and iPad do not let add-ins save files (the
 * pane says so instead of offering the button, see index.tsx).
 */
export function saveFile(data: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(data);
  try {
    const link = doc.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    doc.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled; revoking at once cancels the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** A byte array as a Blob (copied, so that a view into a larger buffer saves only its bytes). */
export function bytesBlob(bytes: Uint8Array, type: string): Blob {
  return new Blob([bytes.slice()], { type });
}
