package cn.enforcement.cases.domain.documents;

import java.io.InputStream;

/** Where issued documents are kept: each PDF written once under a key of its own and never again. */
public interface DocumentArchive {

    /** The bucket of the object store the documents are in, as the events name it. */
    String bucket();

    void put(String key, byte[] pdf) throws Exception;

    InputStream read(String key) throws Exception;
}
