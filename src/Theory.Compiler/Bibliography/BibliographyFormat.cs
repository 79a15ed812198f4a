namespace Theory.Bibliography;

/// <summary>The formats a bibliography may be written in.</summary>
public enum BibliographyFormat
{
    /// <summary>BibTeX or BibLaTeX (`.bib`): what LaTeX users and Zotero's Better BibTeX keep.</summary>
    BibTex,

    /// <summary>CSL-JSON (`.json`): Zotero's, citation.js's and Pandoc's export.</summary>
    CslJson,

    /// <summary>RIS (`.ris`): EndNote's, Mendeley's and most databases' export.</summary>
    Ris,
}
