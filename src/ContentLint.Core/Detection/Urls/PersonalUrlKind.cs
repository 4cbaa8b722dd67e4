namespace ContentLint.Core.Detection.Urls;

/// <summary>Why a URL points at a person.</summary>
internal enum PersonalUrlKind
{
    /// <summary>Not a personal URL.</summary>
    None,
    /// <summary>A profile on a social network.</summary>
    SocialProfile,
    /// <summary>A fundraising campaign page.</summary>
    Fundraiser,
    /// <summary>A blog on a hosted blog platform (a personal subdomain).</summary>
    PersonalBlog,
    /// <summary>A patient portal path with a person's record or account in it.</summary>
    PortalRecord,
}
