/**
 * The annotation sidecar (`<document>.annotations.yaml`, ARCHITECTURE.md, Files the analyst owns) as the core sees it, and the
 * constants its checks share with the JSON schema (schemas/sidecar.schema.json).
 */
import type { AnnotationStatus, TextTarget } from '../anchoring/anchorTypes';
import type { SourceLocation } from '../catalog/catalogTypes';
import type { Diagnostic } from '../base/diagnostics';
import { SIDECAR_SUFFIX } from '../base/ports';

export const SIDECAR_VERSION = 1;
export const SIDECAR_KEYS = ['version', 'document', 'documentHash', 'annotations'] as const;
export const ANNOTATION_KEYS = ['id', 'codes', 'note', 'entities', 'target', 'status', 'author', 'created', 'modified'] as const;
export const TARGET_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;
/** `sha256:` and the lowercase hex digest of the normalised text. */
export const DOCUMENT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** ISO 8601 date, or date and time with optional seconds, fraction and zone. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface SidecarAnnotation {
  id: string;
  codes: string[];
  note?: string;
  entities: string[];
  target: TextTarget;
  status?: AnnotationStatus;
  author?: string;
  created?: string;
  modified?: string;
  location: SourceLocation;
}

/** What the structural check found in one sidecar. Never written back: the check is read-only. */
export interface CheckedSidecar {
  file: string;
  /** The `document` field as written (undefined when missing or not a string). */
  document?: string;
  documentHash?: string;
  /** Annotations sound enough to use (an id and a target with `exact`; ids unique). */
  annotations: SidecarAnnotation[];
  diagnostics: Diagnostic[];
}

/** What the check may compare a sidecar with; each part is optional. */
export interface SidecarContext {
  /** Code ids of the codebook: codes not in it are reported as warnings. */
  codes?: { has(id: string): boolean };
  /** Entity ids of the catalog: entities not in it are reported as warnings. */
  entities?: { has(id: string): boolean };
  /** False when the sibling document is not on disk (reported as an error). */
  documentExists?: boolean;
}

/** `report.txt` for `some/folder/report.txt.annotations.yaml`; undefined for other names. */
export function documentNameForSidecar(sidecarPath: string): string | undefined {
  const base = sidecarPath.slice(Math.max(sidecarPath.lastIndexOf('/'), sidecarPath.lastIndexOf('\\')) + 1);
  if (!base.endsWith(SIDECAR_SUFFIX) || base.length === SIDECAR_SUFFIX.length) return undefined;
  return base.slice(0, -SIDECAR_SUFFIX.length);
}
