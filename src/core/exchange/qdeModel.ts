/**
 * The part of a REFI-QDA project (`project.qde`, schemas/refi-qda/Project-mrt2019.xsd) that Policy
 * Annotator exchanges, as plain data: what the export builds before writing XML, and what the import
 * reads before writing the analyst's files. Names follow the schema's elements and attributes.
 * Positions are Unicode code points from 0, the end exclusive, in the source's text as stored in
 * the archive. GUIDs are strings of 8-4-4-4-12 hex digits (braces, when a tool writes them, are
 * removed on reading).
 */

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

export type QdeVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface QdeUser {
  readonly guid: string;
  readonly name?: string;
  /** The tool's own id of the user (Policy Annotator writes the author string here too). */
  readonly id?: string;
}

export interface QdeCode {
  readonly guid: string;
  readonly name: string;
  /** False for a folder that only groups codes. */
  readonly isCodable: boolean;
  /** `#rrggbb` (or `#rgb`, as some tools write). */
  readonly color?: string;
  readonly description?: string;
  readonly noteRefs: readonly string[];
  readonly children: readonly QdeCode[];
}

export interface QdeVariable {
  readonly guid: string;
  readonly name: string;
  readonly type: QdeVariableType;
  readonly description?: string;
}

export interface QdeVariableValue {
  readonly variableGuid: string;
  /** The value as written in its `TextValue`, `IntegerValue`… element. */
  readonly value: string;
}

/** The common attributes of the things a user creates. */
export interface QdeStamp {
  readonly creatingUser?: string;
  readonly creationDateTime?: string;
  readonly modifyingUser?: string;
  readonly modifiedDateTime?: string;
}

export interface QdeCoding {
  readonly guid: string;
  readonly codeGuid: string;
  readonly creatingUser?: string;
  readonly creationDateTime?: string;
}

export interface QdePlainTextSelection extends QdeStamp {
  readonly guid: string;
  readonly name?: string;
  readonly start: number;
  readonly end: number;
  readonly description?: string;
  readonly codings: readonly QdeCoding[];
  readonly noteRefs: readonly string[];
}

export interface QdeTextSource extends QdeStamp {
  readonly guid: string;
  readonly name?: string;
  /** `internal://<GUID>.txt` for a file inside the archive, or a path or URL outside it. */
  readonly plainTextPath?: string;
  /** The text written inside the XML instead of a file, as some tools do. */
  readonly plainTextContent?: string;
  readonly description?: string;
  readonly selections: readonly QdePlainTextSelection[];
  readonly variableValues: readonly QdeVariableValue[];
  readonly noteRefs: readonly string[];
}

/** A project-level note (a `Note`, which the schema types as a text source with its text inline). */
export interface QdeNote extends QdeStamp {
  readonly guid: string;
  readonly name?: string;
  readonly text: string;
}

/** A source the exchange does not read (PDF, picture, audio, video): kept only to report it. */
export interface QdeOtherSource {
  readonly guid: string;
  readonly name?: string;
  /** The element's name: `PDFSource`, `PictureSource`… */
  readonly kind: string;
  readonly selections: number;
}

export interface QdeProject extends QdeStamp {
  readonly name: string;
  readonly origin?: string;
  readonly users: readonly QdeUser[];
  readonly codes: readonly QdeCode[];
  readonly variables: readonly QdeVariable[];
  readonly sources: readonly QdeTextSource[];
  readonly otherSources: readonly QdeOtherSource[];
  readonly notes: readonly QdeNote[];
  readonly description?: string;
}
