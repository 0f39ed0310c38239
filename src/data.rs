//! Reading a dataset: JSON text with positions, decoding with paths, validation, rotation.
//! (Being written; see the module docs once filled in.)
