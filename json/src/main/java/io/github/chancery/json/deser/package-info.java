/** The Jackson deserializer of Chancery's records, strict by default, driven by the declared wire format. */
package io.github.chancery.json.deser;
