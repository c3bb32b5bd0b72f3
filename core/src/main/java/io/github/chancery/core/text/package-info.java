/**
 * Text in many languages: {@link io.github.chancery.core.text.LanguageTag} validates BCP 47 tags
 * and {@link io.github.chancery.core.text.MultilingualText} holds one text per language, for
 * official titles and their translations and for names in their many spellings.
 */
package io.github.chancery.core.text;
