namespace ContentLint.Core.Images;

/// <summary>
/// Where image bytes come from, so that Core never reads the disk itself: the working tree
/// (<see cref="WorkingTreeImageSource"/>), the git index for <c>--staged</c>, or a commit's tree for <c>--diff</c> and
/// <c>--history</c>. The scanner asks for the images it scans and for those that pages reference.
/// </summary>
/// <remarks>Implementations are called from several threads at once and must be thread-safe.</remarks>
public interface IImageSource
{
    /// <summary>
    /// The first <see cref="ImageFiles.MaxBytes"/> bytes of the image at <paramref name="repositoryRelativePath"/>
    /// (<c>/</c> separators), or a problem when it exists but cannot be read; null when this source has no such file.
    /// </summary>
    ImageReadResult? Read(string repositoryRelativePath);
}
