/**
 * export/: coded segments exported as records, then CSV, JSON or W3C Web Annotation.
 *
 * Export of coded segments (issue 5 point 6): records, then CSV, JSON or W3C Web Annotation. */
export { exportCode, type CodeLookup } from './codeNames';
export { csvCell, csvLine } from './csvCells';
export { CSV_COLUMNS, csvExport, csvRows } from './csvExport';
export { exportRecords, type SidecarExport } from './exportRecords';
export * from './exportTypes';
export { jsonExport, jsonRecord } from './jsonExport';
export { passageEntities, type PassageEntities } from './passageEntities';
export { w3cAnnotation, type EntityFacts, type W3cOptions } from './w3cAnnotation';
export { w3cCollection, w3cExport, type W3cCollectionOptions } from './w3cCollection';
export { ANNO_CONTEXT, annotationIri, folderBase, pathIri, xsdDateTime } from './w3cIris';
