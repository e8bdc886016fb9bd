package org.kbsite.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

/** Words for an I/O failure that a report or a one-line message can show. */
public final class IoProblem {
  private IoProblem() {}

  /** "permission denied", "symbolic link loop" ...: what went wrong, without the path. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The reason with the file it concerns, for a message: "permission denied: /srv/site". */
  public static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return reason(e) + ": " + f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
    }
    return reason(e);
  }
}
