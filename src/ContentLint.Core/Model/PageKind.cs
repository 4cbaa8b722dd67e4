namespace ContentLint.Core.Model;

/// <summary>What a page is for, which decides whose the people, places and dates on it are (docs/page-profile.md).</summary>
public enum PageKind
{
    /// <summary>Nothing decided it: a service page, a home page, a page of a kind not listed here.</summary>
    Other,

    /// <summary>A patient story: testimonial, review, case study, before/after gallery, or a list of them.</summary>
    Story,

    /// <summary>A team, staff or clinician bio page: the people on it are staff, their places and dates too.</summary>
    Staff,

    /// <summary>An educational article: the people it names are mostly cited authors and public figures.</summary>
    Article,

    /// <summary>News, an event or an announcement.</summary>
    News,

    /// <summary>A policy, legal, insurance or payment page.</summary>
    Policy,

    /// <summary>A contact, booking or form page.</summary>
    Contact,

    /// <summary>Site chrome: a layout, partial, include, template, navigation, 404 page or read-me.</summary>
    Chrome,
}
