package org.cocrea.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.cocrea.file.Upload;
import org.cocrea.shared.DomainException;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * The file and link inputs of a form, as the services take them: the one place that turns
 * PrimeFaces' uploaded files into {@link Upload}s, leaves out a file input nobody used and splits
 * links typed one per line. A page holds one and binds its inputs to {@code file} (one file),
 * {@code files} (several) and {@code link} (one link, or one per line).
 */
public class FileInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient UploadedFile file;
    private transient UploadedFiles files;
    private String link;

    /** The file chosen in the single file input; none chosen is refused on the field "file". */
    public Upload requiredFile() {
        if (!chosen(file)) {
            throw DomainException.onField("file", "evidence.file.empty");
        }
        return upload(file);
    }

    /** The file chosen in the single file input, or none when it was left empty. */
    public Upload optionalFile() {
        return chosen(file) ? upload(file) : null;
    }

    /** Every file chosen in the multiple file input; empty inputs left out. */
    public List<Upload> allFiles() {
        if (files == null || files.getFiles() == null) {
            return List.of();
        }
        return files.getFiles().stream().filter(FileInputs::chosen).map(FileInputs::upload).toList();
    }

    /** The links typed one per line; blank lines ignored. */
    public List<String> links() {
        return link == null ? List.of() : Arrays.stream(link.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A browser sends an unused file input as a nameless empty file. */
    private static boolean chosen(UploadedFile file) {
        return file != null && (file.getSize() > 0 || (file.getFileName() != null && !file.getFileName().isBlank()));
    }

    private static Upload upload(UploadedFile file) {
        return new Upload(file.getFileName(), file.getContent());
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public UploadedFiles getFiles() { return files; }
    public void setFiles(UploadedFiles files) { this.files = files; }
    /** The link as typed (the service checks it). */
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
}
