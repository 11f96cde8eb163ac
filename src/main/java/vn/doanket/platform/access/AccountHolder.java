package vn.doanket.platform.access;

/** Implemented by the security principal so that any module can learn who is signed in. */
public interface AccountHolder {
    CurrentAccount account();
}
