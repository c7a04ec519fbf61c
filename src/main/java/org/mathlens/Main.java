package org.mathlens; public class Main { public static void main(String[] a){} }
