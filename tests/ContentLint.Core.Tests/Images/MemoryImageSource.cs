using ContentLint.Core.Images;

namespace ContentLint.Core.Tests.Images;

/// <summary>Image bytes held in memory, as the git layer will hand over index or commit blobs.</summary>
internal sealed class MemoryImageSource(IReadOnlyDictionary<string, byte[]> files) : IImageSource
{
    public ImageReadResult? Read(string repositoryRelativePath) =>
        files.TryGetValue(repositoryRelativePath, out var bytes) ? ImageReadResult.FromBytes(repositoryRelativePath, bytes) : null;
}
