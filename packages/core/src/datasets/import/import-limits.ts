// Limits of one import, shared by the browser (to say so before uploading) and the server.
export const importLimits = {
  /** Bytes of one uploaded file. */
  maxBytes: 256 * 1024 * 1024,
  maxRows: 1_000_000,
  /** Problems listed in the answer; the rest are counted. */
  maxReportedProblems: 100,
  /** Bytes of a file's beginning the preview reads. */
  previewBytes: 256 * 1024,
  previewRows: 10,
} as const;
