namespace ContentLint.Core.Images;

/// <summary>Names shared by the image stages.</summary>
internal static class ImageFileFacts
{
    /// <summary>The tag of facts found in the image's file name rather than its metadata.</summary>
    public const string FileNameTag = "file name";
}
