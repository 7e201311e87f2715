var oa=Object.create;var cr=Object.defineProperty;var ia=Object.getOwnPropertyDescriptor;var la=Object.getOwnPropertyNames;var ca=Object.getPrototypeOf,ua=Object.prototype.hasOwnProperty;var Ct=(e,t)=>()=>(t||e((t={exports:{}}).exports,t),t.exports);var da=(e,t,r,n)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of la(t))!ua.call(e,s)&&s!==r&&cr(e,s,{get:()=>t[s],enumerable:!(n=ia(t,s))||n.enumerable});return e};var At=(e,t,r)=>(r=e!=null?oa(ca(e)):{},da(t||!e||!e.__esModule?cr(r,"default",{value:e,enumerable:!0}):r,e));var Br=Ct((Si,Vr)=>{var De=1e3,Ie=De*60,ke=Ie*60,ye=ke*24,Sa=ye*7,xa=ye*365.25;Vr.exports=function(e,t){t=t||{};var r=typeof e;if(r==="string"&&e.length>0)return Da(e);if(r==="number"&&isFinite(e))return t.long?ka(e):Ia(e);throw new Error("val is not a non-empty string or a valid number. val="+JSON.stringify(e))};function Da(e){if(e=String(e),!(e.length>100)){var t=/^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(e);if(t){var r=parseFloat(t[1]),n=(t[2]||"ms").toLowerCase();switch(n){case"years":case"year":case"yrs":case"yr":case"y":return r*xa;case"weeks":case"week":case"w":return r*Sa;case"days":case"day":case"d":return r*ye;case"hours":case"hour":case"hrs":case"hr":case"h":return r*ke;case"minutes":case"minute":case"mins":case"min":case"m":return r*Ie;case"seconds":case"second":case"secs":case"sec":case"s":return r*De;case"milliseconds":case"millisecond":case"msecs":case"msec":case"ms":return r;default:return}}}}function Ia(e){var t=Math.abs(e);return t>=ye?Math.round(e/ye)+"d":t>=ke?Math.round(e/ke)+"h":t>=Ie?Math.round(e/Ie)+"m":t>=De?Math.round(e/De)+"s":e+"ms"}function ka(e){var t=Math.abs(e);return t>=ye?lt(e,t,ye,"day"):t>=ke?lt(e,t,ke,"hour"):t>=Ie?lt(e,t,Ie,"minute"):t>=De?lt(e,t,De,"second"):e+" ms"}function lt(e,t,r,n){var s=t>=r*1.5;return Math.round(e/r)+" "+n+(s?"s":"")}});var qr=Ct((xi,Gr)=>{function Ta(e){r.debug=r,r.default=r,r.coerce=u,r.disable=i,r.enable=s,r.enabled=m,r.humanize=Br(),r.destroy=c,Object.keys(e).forEach(p=>{r[p]=e[p]}),r.names=[],r.skips=[],r.formatters={};function t(p){let d=0;for(let f=0;f<p.length;f++)d=(d<<5)-d+p.charCodeAt(f),d|=0;return r.colors[Math.abs(d)%r.colors.length]}r.selectColor=t;function r(p){let d,f=null,$,_;function h(...b){if(!h.enabled)return;let g=h,E=Number(new Date),F=E-(d||E);g.diff=F,g.prev=d,g.curr=E,d=E,b[0]=r.coerce(b[0]),typeof b[0]!="string"&&b.unshift("%O");let W=0;b[0]=b[0].replace(/%([a-zA-Z%])/g,(C,R)=>{if(C==="%%")return"%";W++;let ue=r.formatters[R];if(typeof ue=="function"){let de=b[W];C=ue.call(g,de),b.splice(W,1),W--}return C}),r.formatArgs.call(g,b),(g.log||r.log).apply(g,b)}return h.namespace=p,h.useColors=r.useColors(),h.color=r.selectColor(p),h.extend=n,h.destroy=r.destroy,Object.defineProperty(h,"enabled",{enumerable:!0,configurable:!1,get:()=>f!==null?f:($!==r.namespaces&&($=r.namespaces,_=r.enabled(p)),_),set:b=>{f=b}}),typeof r.init=="function"&&r.init(h),h}function n(p,d){let f=r(this.namespace+(typeof d>"u"?":":d)+p);return f.log=this.log,f}function s(p){r.save(p),r.namespaces=p,r.names=[],r.skips=[];let d=(typeof p=="string"?p:"").trim().replace(" ",",").split(",").filter(Boolean);for(let f of d)f[0]==="-"?r.skips.push(f.slice(1)):r.names.push(f)}function o(p,d){let f=0,$=0,_=-1,h=0;for(;f<p.length;)if($<d.length&&(d[$]===p[f]||d[$]==="*"))d[$]==="*"?(_=$,h=f,$++):(f++,$++);else if(_!==-1)$=_+1,h++,f=h;else return!1;for(;$<d.length&&d[$]==="*";)$++;return $===d.length}function i(){let p=[...r.names,...r.skips.map(d=>"-"+d)].join(",");return r.enable(""),p}function m(p){for(let d of r.skips)if(o(p,d))return!1;for(let d of r.names)if(o(p,d))return!0;return!1}function u(p){return p instanceof Error?p.stack||p.message:p}function c(){console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.")}return r.enable(r.load()),r}Gr.exports=Ta});var ut=Ct((ee,ct)=>{ee.formatArgs=Na;ee.save=Fa;ee.load=Oa;ee.useColors=Pa;ee.storage=La();ee.destroy=(()=>{let e=!1;return()=>{e||(e=!0,console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."))}})();ee.colors=["#0000CC","#0000FF","#0033CC","#0033FF","#0066CC","#0066FF","#0099CC","#0099FF","#00CC00","#00CC33","#00CC66","#00CC99","#00CCCC","#00CCFF","#3300CC","#3300FF","#3333CC","#3333FF","#3366CC","#3366FF","#3399CC","#3399FF","#33CC00","#33CC33","#33CC66","#33CC99","#33CCCC","#33CCFF","#6600CC","#6600FF","#6633CC","#6633FF","#66CC00","#66CC33","#9900CC","#9900FF","#9933CC","#9933FF","#99CC00","#99CC33","#CC0000","#CC0033","#CC0066","#CC0099","#CC00CC","#CC00FF","#CC3300","#CC3333","#CC3366","#CC3399","#CC33CC","#CC33FF","#CC6600","#CC6633","#CC9900","#CC9933","#CCCC00","#CCCC33","#FF0000","#FF0033","#FF0066","#FF0099","#FF00CC","#FF00FF","#FF3300","#FF3333","#FF3366","#FF3399","#FF33CC","#FF33FF","#FF6600","#FF6633","#FF9900","#FF9933","#FFCC00","#FFCC33"];function Pa(){if(typeof window<"u"&&window.process&&(window.process.type==="renderer"||window.process.__nwjs))return!0;if(typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/))return!1;let e;return typeof document<"u"&&document.documentElement&&document.documentElement.style&&document.documentElement.style.WebkitAppearance||typeof window<"u"&&window.console&&(window.console.firebug||window.console.exception&&window.console.table)||typeof navigator<"u"&&navigator.userAgent&&(e=navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/))&&parseInt(e[1],10)>=31||typeof navigator<"u"&&navigator.userAgent&&navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/)}function Na(e){if(e[0]=(this.useColors?"%c":"")+this.namespace+(this.useColors?" %c":" ")+e[0]+(this.useColors?"%c ":" ")+"+"+ct.exports.humanize(this.diff),!this.useColors)return;let t="color: "+this.color;e.splice(1,0,t,"color: inherit");let r=0,n=0;e[0].replace(/%[a-zA-Z%]/g,s=>{s!=="%%"&&(r++,s==="%c"&&(n=r))}),e.splice(n,0,t)}ee.log=console.debug||console.log||(()=>{});function Fa(e){try{e?ee.storage.setItem("debug",e):ee.storage.removeItem("debug")}catch{}}function Oa(){let e;try{e=ee.storage.getItem("debug")}catch{}return!e&&typeof process<"u"&&"env"in process&&(e=process.env.DEBUG),e}function La(){try{return localStorage}catch{}}ct.exports=qr()(ee);var{formatters:Ua}=ct.exports;Ua.j=function(e){try{return JSON.stringify(e)}catch(t){return"[UnexpectedJSONParseError]: "+t.message}}});var et,A,mr,pa,_e,ur,fr,$r,hr,kt,St,xt,vr,He={},gr=[],ma=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,We=Array.isArray;function pe(e,t){for(var r in t)e[r]=t[r];return e}function Tt(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function me(e,t,r){var n,s,o,i={};for(o in t)o=="key"?n=t[o]:o=="ref"?s=t[o]:i[o]=t[o];if(arguments.length>2&&(i.children=arguments.length>3?et.call(arguments,2):r),typeof e=="function"&&e.defaultProps!=null)for(o in e.defaultProps)i[o]===void 0&&(i[o]=e.defaultProps[o]);return Xe(e,i,n,s,null)}function Xe(e,t,r,n,s){var o={type:e,props:t,key:r,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++mr,__i:-1,__u:0};return s==null&&A.vnode!=null&&A.vnode(o),o}function he(e){return e.children}function te(e,t){this.props=e,this.context=t}function Ae(e,t){if(t==null)return e.__?Ae(e.__,e.__i+1):null;for(var r;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null)return r.__e;return typeof e.type=="function"?Ae(e):null}function _r(e){var t,r;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((r=e.__k[t])!=null&&r.__e!=null){e.__e=e.__c.base=r.__e;break}return _r(e)}}function Dt(e){(!e.__d&&(e.__d=!0)&&_e.push(e)&&!Ze.__r++||ur!=A.debounceRendering)&&((ur=A.debounceRendering)||fr)(Ze)}function Ze(){for(var e,t,r,n,s,o,i,m=1;_e.length;)_e.length>m&&_e.sort($r),e=_e.shift(),m=_e.length,e.__d&&(r=void 0,n=void 0,s=(n=(t=e).__v).__e,o=[],i=[],t.__P&&((r=pe({},n)).__v=n.__v+1,A.vnode&&A.vnode(r),Pt(t.__P,r,n,t.__n,t.__P.namespaceURI,32&n.__u?[s]:null,o,s??Ae(n),!!(32&n.__u),i),r.__v=n.__v,r.__.__k[r.__i]=r,br(o,r,i),n.__e=n.__=null,r.__e!=s&&_r(r)));Ze.__r=0}function yr(e,t,r,n,s,o,i,m,u,c,p){var d,f,$,_,h,b,g,E=n&&n.__k||gr,F=t.length;for(u=fa(r,t,E,u,F),d=0;d<F;d++)($=r.__k[d])!=null&&(f=$.__i==-1?He:E[$.__i]||He,$.__i=d,b=Pt(e,$,f,s,o,i,m,u,c,p),_=$.__e,$.ref&&f.ref!=$.ref&&(f.ref&&Nt(f.ref,null,$),p.push($.ref,$.__c||_,$)),h==null&&_!=null&&(h=_),(g=!!(4&$.__u))||f.__k===$.__k?u=wr($,u,e,g):typeof $.type=="function"&&b!==void 0?u=b:_&&(u=_.nextSibling),$.__u&=-7);return r.__e=h,u}function fa(e,t,r,n,s){var o,i,m,u,c,p=r.length,d=p,f=0;for(e.__k=new Array(s),o=0;o<s;o++)(i=t[o])!=null&&typeof i!="boolean"&&typeof i!="function"?(u=o+f,(i=e.__k[o]=typeof i=="string"||typeof i=="number"||typeof i=="bigint"||i.constructor==String?Xe(null,i,null,null,null):We(i)?Xe(he,{children:i},null,null,null):i.constructor==null&&i.__b>0?Xe(i.type,i.props,i.key,i.ref?i.ref:null,i.__v):i).__=e,i.__b=e.__b+1,m=null,(c=i.__i=$a(i,r,u,d))!=-1&&(d--,(m=r[c])&&(m.__u|=2)),m==null||m.__v==null?(c==-1&&(s>p?f--:s<p&&f++),typeof i.type!="function"&&(i.__u|=4)):c!=u&&(c==u-1?f--:c==u+1?f++:(c>u?f--:f++,i.__u|=4))):e.__k[o]=null;if(d)for(o=0;o<p;o++)(m=r[o])!=null&&(2&m.__u)==0&&(m.__e==n&&(n=Ae(m)),Rr(m,m));return n}function wr(e,t,r,n){var s,o;if(typeof e.type=="function"){for(s=e.__k,o=0;s&&o<s.length;o++)s[o]&&(s[o].__=e,t=wr(s[o],t,r,n));return t}e.__e!=t&&(n&&(t&&e.type&&!t.parentNode&&(t=Ae(e)),r.insertBefore(e.__e,t||null)),t=e.__e);do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ve(e,t){return t=t||[],e==null||typeof e=="boolean"||(We(e)?e.some(function(r){Ve(r,t)}):t.push(e)),t}function $a(e,t,r,n){var s,o,i,m=e.key,u=e.type,c=t[r],p=c!=null&&(2&c.__u)==0;if(c===null&&e.key==null||p&&m==c.key&&u==c.type)return r;if(n>(p?1:0)){for(s=r-1,o=r+1;s>=0||o<t.length;)if((c=t[i=s>=0?s--:o++])!=null&&(2&c.__u)==0&&m==c.key&&u==c.type)return i}return-1}function dr(e,t,r){t[0]=="-"?e.setProperty(t,r??""):e[t]=r==null?"":typeof r!="number"||ma.test(t)?r:r+"px"}function Ye(e,t,r,n,s){var o,i;e:if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)r&&t in r||dr(e.style,t,"");if(r)for(t in r)n&&r[t]==n[t]||dr(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")o=t!=(t=t.replace(hr,"$1")),i=t.toLowerCase(),t=i in e||t=="onFocusOut"||t=="onFocusIn"?i.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=r,r?n?r.u=n.u:(r.u=kt,e.addEventListener(t,o?xt:St,o)):e.removeEventListener(t,o?xt:St,o);else{if(s=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=r??"";break e}catch{}typeof r=="function"||(r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r))}}function pr(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=kt++;else if(t.t<r.u)return;return r(A.event?A.event(t):t)}}}function Pt(e,t,r,n,s,o,i,m,u,c){var p,d,f,$,_,h,b,g,E,F,W,B,C,R,ue,de,Rt,se=t.type;if(t.constructor!=null)return null;128&r.__u&&(u=!!(32&r.__u),o=[m=t.__e=r.__e]),(p=A.__b)&&p(t);e:if(typeof se=="function")try{if(g=t.props,E="prototype"in se&&se.prototype.render,F=(p=se.contextType)&&n[p.__c],W=p?F?F.props.value:p.__:n,r.__c?b=(d=t.__c=r.__c).__=d.__E:(E?t.__c=d=new se(g,W):(t.__c=d=new te(g,W),d.constructor=se,d.render=va),F&&F.sub(d),d.props=g,d.state||(d.state={}),d.context=W,d.__n=n,f=d.__d=!0,d.__h=[],d._sb=[]),E&&d.__s==null&&(d.__s=d.state),E&&se.getDerivedStateFromProps!=null&&(d.__s==d.state&&(d.__s=pe({},d.__s)),pe(d.__s,se.getDerivedStateFromProps(g,d.__s))),$=d.props,_=d.state,d.__v=t,f)E&&se.getDerivedStateFromProps==null&&d.componentWillMount!=null&&d.componentWillMount(),E&&d.componentDidMount!=null&&d.__h.push(d.componentDidMount);else{if(E&&se.getDerivedStateFromProps==null&&g!==$&&d.componentWillReceiveProps!=null&&d.componentWillReceiveProps(g,W),!d.__e&&d.shouldComponentUpdate!=null&&d.shouldComponentUpdate(g,d.__s,W)===!1||t.__v==r.__v){for(t.__v!=r.__v&&(d.props=g,d.state=d.__s,d.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(Ce){Ce&&(Ce.__=t)}),B=0;B<d._sb.length;B++)d.__h.push(d._sb[B]);d._sb=[],d.__h.length&&i.push(d);break e}d.componentWillUpdate!=null&&d.componentWillUpdate(g,d.__s,W),E&&d.componentDidUpdate!=null&&d.__h.push(function(){d.componentDidUpdate($,_,h)})}if(d.context=W,d.props=g,d.__P=e,d.__e=!1,C=A.__r,R=0,E){for(d.state=d.__s,d.__d=!1,C&&C(t),p=d.render(d.props,d.state,d.context),ue=0;ue<d._sb.length;ue++)d.__h.push(d._sb[ue]);d._sb=[]}else do d.__d=!1,C&&C(t),p=d.render(d.props,d.state,d.context),d.state=d.__s;while(d.__d&&++R<25);d.state=d.__s,d.getChildContext!=null&&(n=pe(pe({},n),d.getChildContext())),E&&!f&&d.getSnapshotBeforeUpdate!=null&&(h=d.getSnapshotBeforeUpdate($,_)),de=p,p!=null&&p.type===he&&p.key==null&&(de=Er(p.props.children)),m=yr(e,We(de)?de:[de],t,r,n,s,o,i,m,u,c),d.base=t.__e,t.__u&=-161,d.__h.length&&i.push(d),b&&(d.__E=d.__=null)}catch(Ce){if(t.__v=null,u||o!=null)if(Ce.then){for(t.__u|=u?160:128;m&&m.nodeType==8&&m.nextSibling;)m=m.nextSibling;o[o.indexOf(m)]=null,t.__e=m}else{for(Rt=o.length;Rt--;)Tt(o[Rt]);It(t)}else t.__e=r.__e,t.__k=r.__k,Ce.then||It(t);A.__e(Ce,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):m=t.__e=ha(r.__e,t,r,n,s,o,i,u,c);return(p=A.diffed)&&p(t),128&t.__u?void 0:m}function It(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(It)}function br(e,t,r){for(var n=0;n<r.length;n++)Nt(r[n],r[++n],r[++n]);A.__c&&A.__c(t,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(o){o.call(s)})}catch(o){A.__e(o,s.__v)}})}function Er(e){return typeof e!="object"||e==null||e.__b&&e.__b>0?e:We(e)?e.map(Er):pe({},e)}function ha(e,t,r,n,s,o,i,m,u){var c,p,d,f,$,_,h,b=r.props,g=t.props,E=t.type;if(E=="svg"?s="http://www.w3.org/2000/svg":E=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),o!=null){for(c=0;c<o.length;c++)if(($=o[c])&&"setAttribute"in $==!!E&&(E?$.localName==E:$.nodeType==3)){e=$,o[c]=null;break}}if(e==null){if(E==null)return document.createTextNode(g);e=document.createElementNS(s,E,g.is&&g),m&&(A.__m&&A.__m(t,o),m=!1),o=null}if(E==null)b===g||m&&e.data==g||(e.data=g);else{if(o=o&&et.call(e.childNodes),b=r.props||He,!m&&o!=null)for(b={},c=0;c<e.attributes.length;c++)b[($=e.attributes[c]).name]=$.value;for(c in b)if($=b[c],c!="children"){if(c=="dangerouslySetInnerHTML")d=$;else if(!(c in g)){if(c=="value"&&"defaultValue"in g||c=="checked"&&"defaultChecked"in g)continue;Ye(e,c,null,$,s)}}for(c in g)$=g[c],c=="children"?f=$:c=="dangerouslySetInnerHTML"?p=$:c=="value"?_=$:c=="checked"?h=$:m&&typeof $!="function"||b[c]===$||Ye(e,c,$,b[c],s);if(p)m||d&&(p.__html==d.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),t.__k=[];else if(d&&(e.innerHTML=""),yr(t.type=="template"?e.content:e,We(f)?f:[f],t,r,n,E=="foreignObject"?"http://www.w3.org/1999/xhtml":s,o,i,o?o[0]:r.__k&&Ae(r,0),m,u),o!=null)for(c=o.length;c--;)Tt(o[c]);m||(c="value",E=="progress"&&_==null?e.removeAttribute("value"):_!=null&&(_!==e[c]||E=="progress"&&!_||E=="option"&&_!=b[c])&&Ye(e,c,_,b[c],s),c="checked",h!=null&&h!=e[c]&&Ye(e,c,h,b[c],s))}return e}function Nt(e,t,r){try{if(typeof e=="function"){var n=typeof e.__u=="function";n&&e.__u(),n&&t==null||(e.__u=e(t))}else e.current=t}catch(s){A.__e(s,r)}}function Rr(e,t,r){var n,s;if(A.unmount&&A.unmount(e),(n=e.ref)&&(n.current&&n.current!=e.__e||Nt(n,null,t)),(n=e.__c)!=null){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(o){A.__e(o,t)}n.base=n.__P=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Rr(n[s],t,r||typeof e.type!="function");r||Tt(e.__e),e.__c=e.__=e.__e=void 0}function va(e,t,r){return this.constructor(e,r)}function Ft(e,t,r){var n,s,o,i;t==document&&(t=document.documentElement),A.__&&A.__(e,t),s=(n=typeof r=="function")?null:r&&r.__k||t.__k,o=[],i=[],Pt(t,e=(!n&&r||t).__k=me(he,null,[e]),s||He,He,t.namespaceURI,!n&&r?[r]:s?null:t.firstChild?et.call(t.childNodes):null,o,!n&&r?r:s?s.__e:t.firstChild,n,i),br(o,e,i)}function Se(e){function t(r){var n,s;return this.getChildContext||(n=new Set,(s={})[t.__c]=this,this.getChildContext=function(){return s},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(o){this.props.value!=o.value&&n.forEach(function(i){i.__e=!0,Dt(i)})},this.sub=function(o){n.add(o);var i=o.componentWillUnmount;o.componentWillUnmount=function(){n&&n.delete(o),i&&i.call(o)}}),r.children}return t.__c="__cC"+vr++,t.__=e,t.Provider=t.__l=(t.Consumer=function(r,n){return r.children(n)}).contextType=t,t}et=gr.slice,A={__e:function(e,t,r,n){for(var s,o,i;t=t.__;)if((s=t.__c)&&!s.__)try{if((o=s.constructor)&&o.getDerivedStateFromError!=null&&(s.setState(o.getDerivedStateFromError(e)),i=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,n||{}),i=s.__d),i)return s.__E=s}catch(m){e=m}throw e}},mr=0,pa=function(e){return e!=null&&e.constructor==null},te.prototype.setState=function(e,t){var r;r=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=pe({},this.state),typeof e=="function"&&(e=e(pe({},r),this.props)),e&&pe(r,e),e!=null&&this.__v&&(t&&this._sb.push(t),Dt(this))},te.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Dt(this))},te.prototype.render=he,_e=[],fr=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,$r=function(e,t){return e.__v.__b-t.__v.__b},Ze.__r=0,hr=/(PointerCapture)$|Capture$/i,kt=0,St=pr(!1),xt=pr(!0),vr=0;var xe,V,Ot,Cr,Be=0,Pr=[],G=A,Ar=G.__b,Sr=G.__r,xr=G.diffed,Dr=G.__c,Ir=G.unmount,kr=G.__;function rt(e,t){G.__h&&G.__h(V,e,Be||t),Be=0;var r=V.__H||(V.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function y(e){return Be=1,Nr(Or,e)}function Nr(e,t,r){var n=rt(xe++,2);if(n.t=e,!n.__c&&(n.__=[r?r(t):Or(void 0,t),function(m){var u=n.__N?n.__N[0]:n.__[0],c=n.t(u,m);u!==c&&(n.__N=[c,n.__[1]],n.__c.setState({}))}],n.__c=V,!V.__f)){var s=function(m,u,c){if(!n.__c.__H)return!0;var p=n.__c.__H.__.filter(function(f){return!!f.__c});if(p.every(function(f){return!f.__N}))return!o||o.call(this,m,u,c);var d=n.__c.props!==m;return p.forEach(function(f){if(f.__N){var $=f.__[0];f.__=f.__N,f.__N=void 0,$!==f.__[0]&&(d=!0)}}),o&&o.call(this,m,u,c)||d};V.__f=!0;var o=V.shouldComponentUpdate,i=V.componentWillUpdate;V.componentWillUpdate=function(m,u,c){if(this.__e){var p=o;o=void 0,s(m,u,c),o=p}i&&i.call(this,m,u,c)},V.shouldComponentUpdate=s}return n.__N||n.__}function z(e,t){var r=rt(xe++,3);!G.__s&&Fr(r.__H,t)&&(r.__=e,r.u=t,V.__H.__h.push(r))}function nt(e){return Be=5,oe(function(){return{current:e}},[])}function oe(e,t){var r=rt(xe++,7);return Fr(r.__H,t)&&(r.__=e(),r.__H=t,r.__h=e),r.__}function at(e,t){return Be=8,oe(function(){return e},t)}function st(e){var t=V.context[e.__c],r=rt(xe++,9);return r.c=e,t?(r.__==null&&(r.__=!0,t.sub(V)),t.props.value):e.__}function ga(){for(var e;e=Pr.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(tt),e.__H.__h.forEach(Lt),e.__H.__h=[]}catch(t){e.__H.__h=[],G.__e(t,e.__v)}}G.__b=function(e){V=null,Ar&&Ar(e)},G.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),kr&&kr(e,t)},G.__r=function(e){Sr&&Sr(e),xe=0;var t=(V=e.__c).__H;t&&(Ot===V?(t.__h=[],V.__h=[],t.__.forEach(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})):(t.__h.forEach(tt),t.__h.forEach(Lt),t.__h=[],xe=0)),Ot=V},G.diffed=function(e){xr&&xr(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Pr.push(t)!==1&&Cr===G.requestAnimationFrame||((Cr=G.requestAnimationFrame)||_a)(ga)),t.__H.__.forEach(function(r){r.u&&(r.__H=r.u),r.u=void 0})),Ot=V=null},G.__c=function(e,t){t.some(function(r){try{r.__h.forEach(tt),r.__h=r.__h.filter(function(n){return!n.__||Lt(n)})}catch(n){t.some(function(s){s.__h&&(s.__h=[])}),t=[],G.__e(n,r.__v)}}),Dr&&Dr(e,t)},G.unmount=function(e){Ir&&Ir(e);var t,r=e.__c;r&&r.__H&&(r.__H.__.forEach(function(n){try{tt(n)}catch(s){t=s}}),r.__H=void 0,t&&G.__e(t,r.__v))};var Tr=typeof requestAnimationFrame=="function";function _a(e){var t,r=function(){clearTimeout(n),Tr&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(r,35);Tr&&(t=requestAnimationFrame(r))}function tt(e){var t=V,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),V=t}function Lt(e){var t=V;e.__c=e.__(),V=t}function Fr(e,t){return!e||e.length!==t.length||t.some(function(r,n){return r!==e[n]})}function Or(e,t){return typeof t=="function"?t(e):t}var ie=class extends Error{constructor(t,r,n=null){super(r),this.kind=t,this.field=n}},ya=new Set(["ExpiredSignatureError","InvalidTokenError","JSONWebTokenExpired","JSONWebTokenError","DecodeError","InvalidSignatureError"]);function Lr(e,t){return async function(n,s={}){let o={"Content-Type":"application/json"},i=t();i&&(o.Authorization=`Bearer ${i}`);let m;try{m=await fetch(e,{method:"POST",headers:o,body:JSON.stringify({query:n,variables:s})})}catch(c){throw new ie("network",String(c.message||c))}let u;try{u=await m.json()}catch{throw new ie("network",`HTTP ${m.status}`)}if(u.errors&&u.errors.length){let c=u.errors[0],p=c.extensions||{},d=p.exception&&p.exception.code||p.code;throw d==="PermissionDenied"?new ie("permission",c.message):ya.has(d)?new ie("auth",c.message):new ie("query",c.message,p.field||null)}return u.data}}async function ot(e,t,r,n){let o=(await e(t,r))[n];return{payload:o,errors:o&&o.errors||[]}}var P="errors { field code message }";var wa=new TextEncoder,it=new TextDecoder,$i=2**32;var ba=e=>{let t=atob(e),r=new Uint8Array(t.length);for(let n=0;n<t.length;n++)r[n]=t.charCodeAt(n);return r},Ur=e=>{let t=e;t instanceof Uint8Array&&(t=it.decode(t)),t=t.replace(/-/g,"+").replace(/_/g,"/").replace(/\s/g,"");try{return ba(t)}catch{throw new TypeError("The input to be decoded is not correctly encoded.")}};var Y=class extends Error{constructor(t,r){super(t,r),this.code="ERR_JOSE_GENERIC",this.name=this.constructor.name,Error.captureStackTrace?.(this,this.constructor)}};Y.code="ERR_JOSE_GENERIC";var Ut=class extends Y{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_CLAIM_VALIDATION_FAILED",this.claim=n,this.reason=s,this.payload=r}};Ut.code="ERR_JWT_CLAIM_VALIDATION_FAILED";var Mt=class extends Y{constructor(t,r,n="unspecified",s="unspecified"){super(t,{cause:{claim:n,reason:s,payload:r}}),this.code="ERR_JWT_EXPIRED",this.claim=n,this.reason=s,this.payload=r}};Mt.code="ERR_JWT_EXPIRED";var Ht=class extends Y{constructor(){super(...arguments),this.code="ERR_JOSE_ALG_NOT_ALLOWED"}};Ht.code="ERR_JOSE_ALG_NOT_ALLOWED";var Wt=class extends Y{constructor(){super(...arguments),this.code="ERR_JOSE_NOT_SUPPORTED"}};Wt.code="ERR_JOSE_NOT_SUPPORTED";var Vt=class extends Y{constructor(t="decryption operation failed",r){super(t,r),this.code="ERR_JWE_DECRYPTION_FAILED"}};Vt.code="ERR_JWE_DECRYPTION_FAILED";var Bt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWE_INVALID"}};Bt.code="ERR_JWE_INVALID";var Gt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWS_INVALID"}};Gt.code="ERR_JWS_INVALID";var re=class extends Y{constructor(){super(...arguments),this.code="ERR_JWT_INVALID"}};re.code="ERR_JWT_INVALID";var qt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWK_INVALID"}};qt.code="ERR_JWK_INVALID";var Kt=class extends Y{constructor(){super(...arguments),this.code="ERR_JWKS_INVALID"}};Kt.code="ERR_JWKS_INVALID";var jt=class extends Y{constructor(t="no applicable key found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_NO_MATCHING_KEY"}};jt.code="ERR_JWKS_NO_MATCHING_KEY";var Jt=class extends Y{constructor(t="multiple matching keys found in the JSON Web Key Set",r){super(t,r),this.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS"}};Jt.code="ERR_JWKS_MULTIPLE_MATCHING_KEYS";var zt=class extends Y{constructor(t="request timed out",r){super(t,r),this.code="ERR_JWKS_TIMEOUT"}};zt.code="ERR_JWKS_TIMEOUT";var Qt=class extends Y{constructor(t="signature verification failed",r){super(t,r),this.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED"}};Qt.code="ERR_JWS_SIGNATURE_VERIFICATION_FAILED";function Ca(e){return typeof e=="object"&&e!==null}function Yt(e){if(!Ca(e)||Object.prototype.toString.call(e)!=="[object Object]")return!1;if(Object.getPrototypeOf(e)===null)return!0;let t=e;for(;Object.getPrototypeOf(t)!==null;)t=Object.getPrototypeOf(t);return Object.getPrototypeOf(e)===t}var Mr=Ur;function Ge(e){if(typeof e!="string")throw new re("JWTs must use Compact JWS serialization, JWT must be a string");let{1:t,length:r}=e.split(".");if(r===5)throw new re("Only JWTs using Compact JWS serialization can be decoded");if(r!==3)throw new re("Invalid JWT");if(!t)throw new re("JWTs must contain a payload");let n;try{n=Mr(t)}catch{throw new re("Failed to base64url decode the payload")}let s;try{s=JSON.parse(it.decode(n))}catch{throw new re("Failed to parse the decoded payload as JSON")}if(!Yt(s))throw new re("Invalid JWT Claims Set");return s}var Wr=e=>{let t=Ge(e),{email:r,user_permissions:n}=t;return{email:r,userPermissions:n}};var un=At(ut(),1);var pn=At(ut(),1);function Ha(e,t){for(var r in t)e[r]=t[r];return e}function Kr(e,t){for(var r in e)if(r!=="__source"&&!(r in t))return!0;for(var n in t)if(n!=="__source"&&e[n]!==t[n])return!0;return!1}function jr(e,t){this.props=e,this.context=t}(jr.prototype=new te).isPureReactComponent=!0,jr.prototype.shouldComponentUpdate=function(e,t){return Kr(this.props,e)||Kr(this.state,t)};var Jr=A.__b;A.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),Jr&&Jr(e)};var Li=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.forward_ref")||3911;var Wa=A.__e;A.__e=function(e,t,r,n){if(e.then){for(var s,o=t;o=o.__;)if((s=o.__c)&&s.__c)return t.__e==null&&(t.__e=r.__e,t.__k=r.__k),s.__c(e,t)}Wa(e,t,r,n)};var zr=A.unmount;function tn(e,t,r){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(n){typeof n.__c=="function"&&n.__c()}),e.__c.__H=null),(e=Ha({},e)).__c!=null&&(e.__c.__P===r&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(n){return tn(n,t,r)})),e}function rn(e,t,r){return e&&r&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(n){return rn(n,t,r)}),e.__c&&e.__c.__P===t&&(e.__e&&r.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=r)),e}function Xt(){this.__u=0,this.o=null,this.__b=null}function nn(e){var t=e.__.__c;return t&&t.__a&&t.__a(e)}function dt(){this.i=null,this.l=null}A.unmount=function(e){var t=e.__c;t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),zr&&zr(e)},(Xt.prototype=new te).__c=function(e,t){var r=t.__c,n=this;n.o==null&&(n.o=[]),n.o.push(r);var s=nn(n.__v),o=!1,i=function(){o||(o=!0,r.__R=null,s?s(m):m())};r.__R=i;var m=function(){if(!--n.__u){if(n.state.__a){var u=n.state.__a;n.__v.__k[0]=rn(u,u.__c.__P,u.__c.__O)}var c;for(n.setState({__a:n.__b=null});c=n.o.pop();)c.forceUpdate()}};n.__u++||32&t.__u||n.setState({__a:n.__b=n.__v.__k[0]}),e.then(i,i)},Xt.prototype.componentWillUnmount=function(){this.o=[]},Xt.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var r=document.createElement("div"),n=this.__v.__k[0].__c;this.__v.__k[0]=tn(this.__b,r,n.__O=n.__P)}this.__b=null}var s=t.__a&&me(he,null,e.fallback);return s&&(s.__u&=-33),[me(he,null,t.__a?null:e.children),s]};var Qr=function(e,t,r){if(++r[1]===r[0]&&e.l.delete(t),e.props.revealOrder&&(e.props.revealOrder[0]!=="t"||!e.l.size))for(r=e.i;r;){for(;r.length>3;)r.pop()();if(r[1]<r[0])break;e.i=r=r[2]}};(dt.prototype=new te).__a=function(e){var t=this,r=nn(t.__v),n=t.l.get(e);return n[0]++,function(s){var o=function(){t.props.revealOrder?(n.push(s),Qr(t,e,n)):s()};r?r(o):o()}},dt.prototype.render=function(e){this.i=null,this.l=new Map;var t=Ve(e.children);e.revealOrder&&e.revealOrder[0]==="b"&&t.reverse();for(var r=t.length;r--;)this.l.set(t[r],this.i=[1,0,this.i]);return e.children},dt.prototype.componentDidUpdate=dt.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,r){Qr(e,r,t)})};var Va=typeof Symbol<"u"&&Symbol.for&&Symbol.for("react.element")||60103,Ba=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,Ga=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,qa=/[A-Z0-9]/g,Ka=typeof document<"u",ja=function(e){return(typeof Symbol<"u"&&typeof Symbol()=="symbol"?/fil|che|rad/:/fil|che|ra/).test(e)};te.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(te.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var Yr=A.event;function Ja(){}function za(){return this.cancelBubble}function Qa(){return this.defaultPrevented}A.event=function(e){return Yr&&(e=Yr(e)),e.persist=Ja,e.isPropagationStopped=za,e.isDefaultPrevented=Qa,e.nativeEvent=e};var an,Ya={enumerable:!1,configurable:!0,get:function(){return this.class}},Xr=A.vnode;A.vnode=function(e){typeof e.type=="string"&&(function(t){var r=t.props,n=t.type,s={},o=n.indexOf("-")===-1;for(var i in r){var m=r[i];if(!(i==="value"&&"defaultValue"in r&&m==null||Ka&&i==="children"&&n==="noscript"||i==="class"||i==="className")){var u=i.toLowerCase();i==="defaultValue"&&"value"in r&&r.value==null?i="value":i==="download"&&m===!0?m="":u==="translate"&&m==="no"?m=!1:u[0]==="o"&&u[1]==="n"?u==="ondoubleclick"?i="ondblclick":u!=="onchange"||n!=="input"&&n!=="textarea"||ja(r.type)?u==="onfocus"?i="onfocusin":u==="onblur"?i="onfocusout":Ga.test(i)&&(i=u):u=i="oninput":o&&Ba.test(i)?i=i.replace(qa,"-$&").toLowerCase():m===null&&(m=void 0),u==="oninput"&&s[i=u]&&(i="oninputCapture"),s[i]=m}}n=="select"&&s.multiple&&Array.isArray(s.value)&&(s.value=Ve(r.children).forEach(function(c){c.props.selected=s.value.indexOf(c.props.value)!=-1})),n=="select"&&s.defaultValue!=null&&(s.value=Ve(r.children).forEach(function(c){c.props.selected=s.multiple?s.defaultValue.indexOf(c.props.value)!=-1:s.defaultValue==c.props.value})),r.class&&!r.className?(s.class=r.class,Object.defineProperty(s,"className",Ya)):(r.className&&!r.class||r.class&&r.className)&&(s.class=s.className=r.className),t.props=s})(e),e.$$typeof=Va,Xr&&Xr(e)};var Zr=A.__r;A.__r=function(e){Zr&&Zr(e),an=e.__c};var en=A.diffed;A.diffed=function(e){en&&en(e);var t=e.props,r=e.__e;r!=null&&e.type==="textarea"&&"value"in t&&t.value!==r.value&&(r.value=t.value==null?"":t.value),an=null};var ln="formPayloadUpdate",cn="formPayload",fe,qe=(fe=class{static serialize(t){let r=JSON.stringify(t);if(r.length>fe.maxParamsLength)throw new Error(`OpenPopup params too large: ${r.length} chars (max ${fe.maxParamsLength})`);let n=new TextEncoder().encode(r),s="";return n.forEach(o=>{s+=String.fromCharCode(o)}),btoa(s)}static parse(t){let r=atob(t),n=Uint8Array.from(r,o=>o.charCodeAt(0)),s=new TextDecoder().decode(n);return JSON.parse(s)}},fe.urlKey="appParams",fe.maxParamsLength=2048,fe);function ae(e){try{let t=globalThis.crypto.randomUUID();return{...e,payload:{...e.payload,actionId:t}}}catch{throw new Error("Failed to generate action ID, likely as your browser doesn't consider current session as Secure Context. Please ensure you are using https or localhost, or current IP/domain is in 'dom.securecontext.allowlist'/'#unsafely-treat-insecure-origin-as-secure' if you trust it.")}}function Xa(e){return ae({payload:e,type:"redirect"})}function Za(e){return ae({type:"notification",payload:e})}function es(e){return ae({type:"updateRouting",payload:e})}function ts(){return ae({type:"notifyReady",payload:{}})}function rs(e,t){return ae({type:"requestPermissions",payload:{permissions:e,redirectPath:t}})}function ns(){return ae({type:"popupClose",payload:{}})}var as="WidgetResize height must be a positive, finite number.";function ss(e){if(typeof e!="number"||!Number.isFinite(e)||e<=0)throw new Error(as)}function os(e){return ss(e.height),ae({type:"widgetResize",payload:{height:e.height}})}function is(){return ae({type:"refreshEntity",payload:{}})}var ls="OpenPopup extensionIdentifier must be a non-empty string.";function cs(e){if(typeof e!="string"||e.trim()==="")throw new Error(ls)}function us(e){return cs(e.extensionIdentifier),ae({type:"openPopup",payload:{extensionIdentifier:e.extensionIdentifier,appParams:e.params===void 0||e.params===null?void 0:qe.serialize(e.params)}})}var ds="RedirectToApp appIdentifier must be a non-empty string.";function ps(e){if(typeof e.appIdentifier!="string"||e.appIdentifier.trim()==="")throw new Error(ds);return ae({type:"redirectToApp",payload:e})}function ms(e){return ae({type:ln,payload:e})}var pt={Redirect:Xa,Notification:Za,UpdateRouting:es,NotifyReady:ts,RequestPermissions:rs,FormPayloadUpdate:ms,PopupClose:ns,WidgetResize:os,RefreshEntity:is,OpenPopup:us,RedirectToApp:ps},Ke={APP_ID:"id",THEME:"theme",DOMAIN:"domain",SALEOR_API_URL:"saleorApiUrl",LOCALE:"locale"},ne={handshake:"handshake",response:"response",redirect:"redirect",theme:"theme",localeChanged:"localeChanged",tokenRefresh:"tokenRefresh",formPayload:cn};var fs=e=>Ge(e).permissions,$s=class{constructor(e={}){this.state={id:"",saleorApiUrl:"",ready:!1,path:"/",theme:"light",locale:"en",formContext:{}},this.state.locale=e.initialLocale??this.state.locale,this.state.theme=e.initialTheme??this.state.theme}getState(){return this.state}setState(e){return this.state={...this.state,...e},this.state}},dn=typeof window>"u",hs=1e4,q=un.default.debug("app-sdk:AppBridge");function vs(e,t){switch(t.type){case ne.handshake:{let r=Wr(t.payload.token),n=fs(t.payload.token);return{...e,ready:!0,token:t.payload.token,saleorVersion:t.payload.saleorVersion,dashboardVersion:t.payload.dashboardVersion,user:{email:r.email,permissions:r.userPermissions},appPermissions:n}}case ne.redirect:return{...e,path:t.payload.path};case ne.theme:return{...e,theme:t.payload.theme};case ne.localeChanged:return{...e,locale:t.payload.locale};case ne.tokenRefresh:return{...e,token:t.payload.token};case ne.formPayload:return{...e,formContext:{...e.formContext,[t.payload.form]:t.payload}};case ne.response:return e;default:return console.warn(`Invalid event received: ${t?.type}`),e}}var on=()=>({handshake:{},response:{},redirect:{},theme:{},localeChanged:{},tokenRefresh:{},formPayload:{}}),gs=()=>new URL(window.location.href).searchParams.get(Ke.LOCALE)||void 0,_s=()=>new URL(window.location.href).searchParams.get(Ke.SALEOR_API_URL)||"",ys=()=>{let e=new URL(window.location.href).searchParams.get(Ke.THEME);switch(e){case"dark":case"light":return e;default:return}},ws=()=>{let e=new URL(window.location.href).searchParams.get(qe.urlKey);if(e)try{return qe.parse(e)}catch(t){console.warn(`Failed to parse "${qe.urlKey}" param from iframe url`,t);return}},bs=()=>({saleorApiUrl:_s(),initialLocale:gs()??"en",autoNotifyReady:!0,initialTheme:ys()??void 0}),mt=class{constructor(e={}){if(this.refererOrigin=document.referrer?new URL(document.referrer).origin:void 0,this.subscribeMap=on(),this.combinedOptions=bs(),q("Constructor called with options: %j",e),dn)throw new Error("AppBridge detected you're running this app in SSR mode. Make sure to call `new AppBridge()` when window object exists.");this.combinedOptions={...this.combinedOptions,...e},this.state=new $s({initialLocale:this.combinedOptions.initialLocale}),q("Resolved combined AppBridge options: %j",this.combinedOptions),this.refererOrigin||console.warn("document.referrer is empty"),this.combinedOptions.saleorApiUrl||q("?saleorApiUrl was not found in iframe url"),this.combinedOptions.saleorApiUrl||console.error("saleorApiUrl param was not found in iframe url"),this.setInitialState(),this.listenOnMessages(),this.combinedOptions.autoNotifyReady&&this.sendNotifyReadyAction()}subscribe(e,t){q("subscribe() called with event %s and callback %s",e,t.name);let r=Symbol("Callback token");return this.subscribeMap[e][r]=t,()=>{q("unsubscribe called with event %s and callback %s",e,t.name),delete this.subscribeMap[e][r]}}unsubscribeAll(e){e?(q("unsubscribeAll called with event: %s",e),this.subscribeMap[e]={}):(q("unsubscribeAll called without argument"),this.subscribeMap=on())}async dispatch(e){return q("dispatch called with action argument: %j",e),new Promise((t,r)=>{if(!window.parent){q("window.parent doesn't exist, will throw"),r(new Error("Parent window does not exist."));return}q("Calling window.parent.postMessage with %j",e),window.parent.postMessage({type:e.type,payload:e.payload},"*");let n,s=this.subscribe(ne.response,({actionId:o,ok:i})=>{q("Subscribing to %s with action id: %s and status 'ok' is: %s",ne.response,o,i),e.payload.actionId===o&&(q("Received matching action id: %s. Will unsubscribe",o),s(),clearTimeout(n),i?t():r(new Error("Action responded with negative status. This indicates the action method was not used properly.")))});n=window.setTimeout(()=>{s(),r(new Error("Action response timed out."))},hs)})}getState(){return q("getState() called and will return %j",this.state.getState()),this.state.getState()}sendNotifyReadyAction(){this.dispatch(pt.NotifyReady()).catch(e=>{console.error("notifyReady action failed"),console.error(e)})}setInitialState(){q("setInitialState() called");let t=new URL(window.location.href).searchParams.get(Ke.APP_ID)||"",r=window.location.pathname||"",n={id:t,path:r,theme:this.combinedOptions.initialTheme,saleorApiUrl:this.combinedOptions.saleorApiUrl,locale:this.combinedOptions.initialLocale,appParams:ws()};q("setInitialState() will setState with %j",n),this.state.setState(n)}listenOnMessages(){q("listenOnMessages() called"),window.addEventListener("message",({origin:e,data:t})=>{if(q("Received message from origin: %s and data: %j",e,t),e!==this.refererOrigin){q("Origin from message doesn't match refererOrigin. Function will return now");return}let r=vs(this.state.getState(),t);q("Computed new state: %j. Will be set with setState",r),this.state.setState(r);let{type:n,payload:s}=t;ne[n]&&Object.getOwnPropertySymbols(this.subscribeMap[n]).forEach(o=>{q("Executing listener for event: '%s' and payload %j",n,s),this.subscribeMap[n][o](s)})})}},Vi=pn.default.debug("app-sdk:AppBridgeProvider"),Es=Se({appBridge:void 0,mounted:!1});var mn=At(ut(),1);var cl=mn.default.debug("app-sdk:AppBridge:useDashboardToken");var er="saleor-referrals-console-token";function tr(){let e=new URLSearchParams(location.search);return window.parent!==window||e.has("id")&&(e.has("saleorApiUrl")||e.has("domain"))}var Zt=null;function rr(){return!Zt&&tr()&&(Zt=new mt({autoNotifyReady:!0})),Zt}function fn(e){let t=rr()||new mt({autoNotifyReady:!0}),r=()=>e(t.getState());return t.subscribe("handshake",r),t.subscribe("theme",r),t.subscribe("localeChanged",r),t.subscribe("tokenRefresh",r),r(),t}var $n=()=>sessionStorage.getItem(er),nr=e=>e?sessionStorage.setItem(er,e):sessionStorage.removeItem(er),hn=`mutation SignIn($email: String!, $password: String!) {
  tokenCreate(email: $email, password: $password) { token errors { field code message } }
}`;function vn(e,t){!e||!(t>0)||e.dispatch(pt.WidgetResize({height:Math.ceil(t)})).catch(()=>{})}var ft={"status.RUNNING":"Running","status.SUCCESS":"Ready","nav.exports":"Exports","exports.new":"New export","exports.intro":"A CSV file of the channel's data, written in the background; download it here when it is ready.","exports.kind":"What","exports.campaign":"Campaign","exports.request":"Export","exports.requested":"Export requested.","exports.files":"Exports","exports.none":"No exports yet.","exports.progress":"Progress","exports.by":"Requested by","exports.download":"Download CSV","exports.rows":"{count} rows","exports.counting":"Counting rows…","export.REFERRALS":"Referrals","export.REWARDS":"Rewards","export.DONATIONS":"Donations","export.FUNNEL":"Daily funnel","overview.period":"Period","period.30":"Last 30 days","period.90":"Last 90 days","period.365":"Last 365 days","period.all":"All time","overview.new":"new","overview.vsPrevious":"against the previous period of the same length","overview.windowRevenue":"Revenue with repeat orders ({days} days)","overview.fullCost":"Full cost","list.sep":" · ","overview.rates":"Visit to order: {visitToOrder} · order to converted: {orderToConverted} · reversed: {reversed}","overview.costs":"Where the cost goes","overview.committed":"Still held (committed, not yet paid): {amount}","overview.comparison":"This period against the previous one","overview.thisPeriod":"This period","overview.previousPeriod":"Previous period","funnel.shares":"Shares","funnel.signups":"Sign-ups","funnel.orders":"Orders","cost.advocateRewards":"Advocate rewards","cost.friendDiscounts":"Friend discounts","cost.signupRewards":"Sign-up rewards","cost.tierEntryRewards":"Tier entry rewards","cost.milestoneBonuses":"Milestone bonuses","cost.contestPrizes":"Contest prizes","cost.donations":"Donations","cost.eventCosts":"Events","cost.memberDiscounts":"Member discounts","cost.otherRewards":"Other rewards","app.title":"Referrals","nav.label":"Console pages","nav.overview":"Overview","nav.review":"Review queue","nav.referrals":"Referrals","nav.rewards":"Rewards","nav.tiers":"Tiers & milestones","nav.campaigns":"Campaigns","nav.contests":"Contests","nav.causes":"Causes","nav.events":"Events",language:"Language","language.en":"English","language.fa":"فارسی","language.ar":"العربية",loading:"Loading…",nothing:"Nothing here yet.",all:"All",total:"{count} in all",page:"Page {page}",pages:"Pages",previous:"Previous",next:"Next",save:"Save",saved:"Saved.",cancel:"Cancel",edit:"Edit",delete:"Delete",deleted:"Deleted.",confirmDelete:"Delete it?",active:"Active",inactive:"inactive",anonymous:"Anonymous",signOut:"Sign out","signIn.title":"Sign in to Referrals","signIn.intro":"Use your Saleor staff account.","signIn.email":"E-mail","signIn.password":"Password","signIn.submit":"Sign in","noPermission.title":"No permission","noPermission.text":"Your account cannot manage the referral program. Ask an administrator for the Manage discounts permission.","dashboard.waiting":"Waiting for the Dashboard…","channel.title":"Which channel?","channel.label":"Channel","channel.slug":"Channel slug","channel.open":"Open","overview.revenue":"Referred revenue","overview.cost":"Reward cost","overview.roi":"Return on rewards","overview.flagged":"Waiting for review","overview.funnel":"Funnel","overview.statuses":"Referrals by status","overview.overTime":"Referred revenue vs reward cost, by month","overview.perCampaign":"Per campaign: revenue vs cost","overview.perTier":"Advocates in each tier","overview.networks":"Visits by share network","overview.leaderboard":"Top advocates","overview.noProgram":"No referral program in this channel yet.","overview.noCampaigns":"No campaigns yet.","overview.noTiers":"No tiers yet.","overview.inactive":"The program is not active in this channel: turn it on in the plugin's settings.","overview.programLine":"Friends get {offer}; advocates get {reward} per friend who converts, after {days} days.","overview.campaignLive":"campaign live: {name}","funnel.visits":"Visits","funnel.referrals":"Referrals","funnel.qualified":"Qualified","funnel.converted":"Converted","funnel.rewarded":"Rewarded","col.created":"Date","col.status":"Status","col.advocate":"Advocate","col.friend":"Friend","col.order":"Order","col.total":"Total","col.reason":"Reason","col.recipient":"Recipient","col.kind":"Kind","col.amount":"Amount","col.release":"Release","col.taken":"Taken back","col.tier":"Tier","filter.from":"From","filter.to":"To","filter.apply":"Filter","referral.history":"History","referral.rewards":"Rewards","review.intro":"Referrals a fraud check held for a person to decide. Approving releases the reward after the hold; rejecting keeps it from being paid.","review.reason":"Reason","review.approve":"Approve","review.reject":"Reject","review.empty":"No referral waits for review.","review.approved":"Approved: {who}.","review.rejected":"Rejected: {who}.","referrals.attributeTitle":"Attribute an order by hand","referrals.attributeIntro":'For a friend who named an advocate ("how did you hear about us") or a code that was missed.',"referrals.advocateEmail":"Advocate's e-mail","referrals.orderId":"Order ID","referrals.source":"Source","referrals.attribute":"Attribute","rewards.reason":"Why take it back","rewards.revoke":"Revoke","rewards.shortfall":"shortfall","tiers.ladder":"Ladder","tiers.new":"New tier","tiers.create":"Create tier","tiers.created":"Tier created.","tiers.none":"No tiers yet.","tiers.name":"Name","tiers.nameFa":"Name in Persian","tiers.nameAr":"Name in Arabic","tiers.rank":"Rank","tiers.minReferrals":"Converted referrals needed","tiers.minRevenue":"Referred revenue needed","tiers.window":"Counted over","tiers.windowDays":"Days (rolling window)","tiers.rewardMultiplier":"Reward multiplier","tiers.rewardFixed":"Fixed reward","tiers.entryReward":"Entry reward","tiers.memberDiscount":"Member discount (%)","tiers.earlyAccess":"Early access collections","tiers.earlyAccessHint":"Saleor collection IDs, separated by commas","tiers.earlyAccessUntil":"Early access until","tiers.reason":"Reason for the change","tiers.reasonHint":"Needed when the entry rule changes","tiers.payEntryRewards":"Pay entry rewards to advocates placed now","tiers.rule":"Entry rule","tiers.ruleText":"{count} converted · {window}","tiers.perks":"Perks","tiers.deleteReason":"Why delete it (members move down)","tiers.deleted":"Tier deleted; {count} members moved.","tiers.placement":"Placing advocates: {done} of {total}","tiers.placementDone":"Done.","tiers.history":"An advocate's tier history","tiers.historyShow":"Show","tiers.now":"Tier now","tiers.demoteAfter":"moves down after","tiers.fromTo":"From → to","tiers.converted":"Converted","milestones.title":"Milestones and badges","milestones.new":"New milestone","milestones.create":"Create milestone","milestones.created":"Milestone created.","milestones.slug":"Badge slug","milestones.referrals":"Converted referrals","milestones.bonus":"Bonus","milestones.payBonuses":"Pay bonuses to advocates already past it","campaigns.new":"New campaign","campaigns.create":"Create campaign","campaigns.created":"Campaign created.","campaigns.none":"No campaigns yet.","campaigns.name":"Name","campaigns.startsAt":"Starts","campaigns.endsAt":"Ends","campaigns.imageUrl":"Image URL","campaigns.copy":"Landing page copy","campaigns.title":"Title","campaigns.description":"Description","campaigns.friendOffer":"Friend's offer","campaigns.programOffer":"The program's offer","campaigns.value":"Value","campaigns.minSpent":"Minimum cart","campaigns.advocateReward":"Advocate's reward","campaigns.amount":"Amount","campaigns.multiplier":"Multiplier","campaigns.window":"Window","campaigns.results":"Results","campaigns.resultsText":"{referrals} referrals, {converted} converted","campaigns.switches":"Offer switches","contests.new":"New contest","contests.create":"Create contest","contests.created":"Contest created.","contests.none":"No contests yet.","contests.name":"Name","contests.minReferrals":"Converted referrals to enter","contests.prizes":"Prizes","contests.addPrize":"Add a prize","contests.description":"Description","contests.details":"Standings and prizes","contests.standings":"Standings","contests.threshold":"{count} to enter","contests.entrants":"{count} entrants","contests.seed":"Draw seed","contests.seedHint":"Empty: a random seed, recorded","contests.decide":"Decide now","contests.decided":"Contest decided.","contests.decidedBy":"Decided by {who}, seed {seed}.","contests.method":"Method","contests.winner":"Winner","contests.fulfilled":"Fulfilled","contests.note":"Note (tracking number…)","contests.fulfil":"Mark fulfilled","contests.fulfilledNotice":"Prize marked fulfilled.","causes.new":"New cause","causes.create":"Create cause","causes.created":"Cause created.","causes.none":"No causes yet.","causes.name":"Name","causes.description":"Description","causes.url":"Web site","causes.goal":"Goal","causes.perReferral":"Donation per converted referral","causes.raised":"Raised","causes.pending":"To pay out","causes.paidOut":"Paid out","causes.shortfall":"Shortfall","causes.donations":"Donations","causes.progress":"Progress","causes.recordPayout":"Record payout","causes.reference":"Payment reference","causes.payoutIntro":"Records that {amount} (every donation released so far) was paid to the cause.","causes.paid":"Payout of {amount} recorded.","events.new":"New event","events.create":"Create event","events.created":"Event created.","events.none":"No events yet.","events.name":"Name","events.startsAt":"Starts","events.capacity":"Capacity","events.minTier":"Minimum tier","events.everyone":"Every advocate","events.passes":"Guest passes per member","events.cost":"Cost","events.invite":"E-mail invitations to members","events.seats":"Seats left","events.invited":"Members invited","events.redeemed":"Passes redeemed","customer.title":"Customer's referrals","customer.missing":"Open this page from a customer in the Dashboard.","customer.none":"No referral program or no such customer.","customer.code":"Code","customer.friends":"Friends","customer.earned":"Earned","customer.statsText":"{visits} visits · {orders} orders · {pending} pending · {rewarded} rewarded","customer.nextTier":"{count} more to {tier}","customer.atRisk":"tier at risk until","customer.memberCode":"member code","customer.referrals":"Referrals ({count})","customer.rewards":"Rewards ({count})","order.title":"Order's referral","order.missing":"Open this page from an order in the Dashboard.","order.none":"This order has no referral.","status.PENDING":"Pending","status.QUALIFIED":"Qualified","status.APPROVED":"Approved","status.REWARDED":"Rewarded","status.FLAGGED":"Flagged","status.REJECTED":"Rejected","status.REVERSED":"Reversed","status.HELD":"Held","status.ISSUED":"Issued","status.CANCELLED":"Cancelled","status.REVOKED":"Revoked","status.FAILED":"Failed","status.SCHEDULED":"Scheduled","status.LIVE":"Live","status.ENDED":"Ended","status.OPEN":"Open","status.DECIDED":"Decided","side.ADVOCATE":"Advocate","side.FRIEND":"Friend","kind.VOUCHER":"Voucher","kind.STORE_CREDIT":"Store credit","kind.DONATION":"Donation","kind.PERK":"Perk","kind.PHYSICAL":"Physical prize","source.CODE":"Code","source.LINK":"Link","source.SIGNUP":"Sign-up","source.MANUAL":"By hand","source.SURVEY":"Survey","source.EVENT":"Event pass","network.EMAIL":"E-mail","network.WHATSAPP":"WhatsApp","network.TELEGRAM":"Telegram","network.X":"X","network.FACEBOOK":"Facebook","network.LINKEDIN":"LinkedIn","network.SMS":"SMS","network.COPY_LINK":"Copied link","network.OTHER":"Other","window.LIFETIME":"lifetime","window.ROLLING":"rolling window","window.CALENDAR_YEAR":"calendar year","tierChange.PROMOTED":"Promoted","tierChange.AT_RISK":"At risk","tierChange.RECOVERED":"Recovered","tierChange.DEMOTED":"Demoted","switch.START":"Started","switch.END":"Ended","switch.SKIPPED":"Skipped","method.RANK":"By rank","method.DRAW":"Draw","discount.PERCENTAGE":"Percentage","discount.FIXED":"Fixed amount","discount.FREE_SHIPPING":"Free shipping"},gn={"status.RUNNING":"در حال اجرا","status.SUCCESS":"آماده","nav.exports":"خروجی‌ها","exports.new":"خروجی تازه","exports.intro":"یک فایل CSV از داده‌های کانال که در پس‌زمینه نوشته می‌شود؛ وقتی آماده شد از همین‌جا بارگیری کنید.","exports.kind":"چه چیزی","exports.campaign":"کمپین","exports.request":"خروجی بگیر","exports.requested":"خروجی درخواست شد.","exports.files":"خروجی‌ها","exports.none":"هنوز خروجی‌ای نیست.","exports.progress":"پیشرفت","exports.by":"درخواست‌کننده","exports.download":"بارگیری CSV","exports.rows":"{count} ردیف","exports.counting":"در حال شمارش ردیف‌ها…","export.REFERRALS":"معرفی‌ها","export.REWARDS":"پاداش‌ها","export.DONATIONS":"کمک‌ها","export.FUNNEL":"قیف روزانه","overview.period":"بازه","period.30":"۳۰ روز گذشته","period.90":"۹۰ روز گذشته","period.365":"۳۶۵ روز گذشته","period.all":"همهٔ زمان‌ها","overview.new":"تازه","overview.vsPrevious":"در برابر بازهٔ هم‌اندازهٔ قبلی","overview.windowRevenue":"درآمد با خریدهای تکراری ({days} روز)","overview.fullCost":"هزینهٔ کامل","list.sep":"، ","overview.rates":"بازدید به سفارش: {visitToOrder}، سفارش به موفق: {orderToConverted}، برگشتی: {reversed}","overview.costs":"هزینه کجا می‌رود","overview.committed":"هنوز نگه‌داشته (تعهدشده، پرداخت‌نشده): {amount}","overview.comparison":"این بازه در برابر بازهٔ قبلی","overview.thisPeriod":"این بازه","overview.previousPeriod":"بازهٔ قبلی","funnel.shares":"اشتراک‌گذاری‌ها","funnel.signups":"ثبت‌نام‌ها","funnel.orders":"سفارش‌ها","cost.advocateRewards":"پاداش معرف‌ها","cost.friendDiscounts":"تخفیف دوستان","cost.signupRewards":"پاداش ثبت‌نام","cost.tierEntryRewards":"پاداش ورود به سطح","cost.milestoneBonuses":"جایزهٔ نقطه‌های عطف","cost.contestPrizes":"جایزهٔ مسابقه‌ها","cost.donations":"کمک‌های خیریه","cost.eventCosts":"رویدادها","cost.memberDiscounts":"تخفیف اعضا","cost.otherRewards":"پاداش‌های دیگر","app.title":"معرفی‌ها","nav.label":"صفحه‌های کنسول","nav.overview":"نمای کلی","nav.review":"صف بررسی","nav.referrals":"معرفی‌ها","nav.rewards":"پاداش‌ها","nav.tiers":"سطح‌ها و نقطه‌های عطف","nav.campaigns":"کمپین‌ها","nav.contests":"مسابقه‌ها","nav.causes":"امور خیریه","nav.events":"رویدادها",language:"زبان",loading:"در حال بارگذاری…",nothing:"هنوز چیزی نیست.",all:"همه",total:"{count} مورد در کل",page:"صفحهٔ {page}",pages:"صفحه‌ها",previous:"قبلی",next:"بعدی",save:"ذخیره",saved:"ذخیره شد.",cancel:"انصراف",edit:"ویرایش",delete:"حذف",deleted:"حذف شد.",confirmDelete:"حذف شود؟",active:"فعال",inactive:"غیرفعال",anonymous:"ناشناس",signOut:"خروج","signIn.title":"ورود به معرفی‌ها","signIn.intro":"با حساب کارمندی Saleor وارد شوید.","signIn.email":"ایمیل","signIn.password":"گذرواژه","signIn.submit":"ورود","noPermission.title":"بدون دسترسی","noPermission.text":"حساب شما اجازهٔ مدیریت برنامهٔ معرفی را ندارد. از مدیر سیستم دسترسی «مدیریت تخفیف‌ها» را بخواهید.","dashboard.waiting":"در انتظار داشبورد…","channel.title":"کدام کانال؟","channel.label":"کانال","channel.slug":"شناسهٔ کانال","channel.open":"باز کن","overview.revenue":"درآمد از معرفی","overview.cost":"هزینهٔ پاداش","overview.roi":"بازده پاداش‌ها","overview.flagged":"در انتظار بررسی","overview.funnel":"قیف","overview.statuses":"معرفی‌ها بر اساس وضعیت","overview.overTime":"درآمد از معرفی در برابر هزینهٔ پاداش، ماه به ماه","overview.perCampaign":"هر کمپین: درآمد در برابر هزینه","overview.perTier":"معرف‌ها در هر سطح","overview.networks":"بازدیدها بر اساس شبکهٔ اشتراک","overview.leaderboard":"معرف‌های برتر","overview.noProgram":"هنوز برنامهٔ معرفی در این کانال نیست.","overview.noCampaigns":"هنوز کمپینی نیست.","overview.noTiers":"هنوز سطحی نیست.","overview.inactive":"برنامه در این کانال فعال نیست: آن را در تنظیمات افزونه روشن کنید.","overview.programLine":"دوستان {offer} می‌گیرند؛ معرف‌ها برای هر دوست موفق {reward}، پس از {days} روز.","overview.campaignLive":"کمپین در جریان: {name}","funnel.visits":"بازدیدها","funnel.referrals":"معرفی‌ها","funnel.qualified":"واجد شرایط","funnel.converted":"موفق","funnel.rewarded":"پاداش‌گرفته","col.created":"تاریخ","col.status":"وضعیت","col.advocate":"معرف","col.friend":"دوست","col.order":"سفارش","col.total":"مبلغ","col.reason":"دلیل","col.recipient":"گیرنده","col.kind":"نوع","col.amount":"مبلغ","col.release":"آزادسازی","col.taken":"پس گرفته","col.tier":"سطح","filter.from":"از","filter.to":"تا","filter.apply":"فیلتر","referral.history":"تاریخچه","referral.rewards":"پاداش‌ها","review.intro":"معرفی‌هایی که بررسی تقلب نگه داشته تا یک نفر تصمیم بگیرد. تأیید، پاداش را پس از دورهٔ انتظار آزاد می‌کند؛ رد، جلوی پرداخت را می‌گیرد.","review.reason":"دلیل","review.approve":"تأیید","review.reject":"رد","review.empty":"هیچ معرفی‌ای در انتظار بررسی نیست.","review.approved":"تأیید شد: {who}.","review.rejected":"رد شد: {who}.","referrals.attributeTitle":"نسبت دادن دستی یک سفارش","referrals.attributeIntro":"برای دوستی که معرفش را نام برده («از کجا با ما آشنا شدید») یا کدی که جا افتاده است.","referrals.advocateEmail":"ایمیل معرف","referrals.orderId":"شناسهٔ سفارش","referrals.source":"منبع","referrals.attribute":"نسبت بده","rewards.reason":"دلیل پس گرفتن","rewards.revoke":"پس گرفتن","rewards.shortfall":"کسری","tiers.ladder":"نردبان","tiers.new":"سطح تازه","tiers.create":"ساخت سطح","tiers.created":"سطح ساخته شد.","tiers.none":"هنوز سطحی نیست.","tiers.name":"نام","tiers.nameFa":"نام به فارسی","tiers.nameAr":"نام به عربی","tiers.rank":"رتبه","tiers.minReferrals":"معرفی موفق لازم","tiers.minRevenue":"درآمد لازم از معرفی","tiers.window":"بازهٔ شمارش","tiers.windowDays":"روزها (بازهٔ غلتان)","tiers.rewardMultiplier":"ضریب پاداش","tiers.rewardFixed":"پاداش ثابت","tiers.entryReward":"پاداش ورود","tiers.memberDiscount":"تخفیف اعضا (٪)","tiers.earlyAccess":"مجموعه‌های دسترسی زودهنگام","tiers.earlyAccessHint":"شناسه‌های مجموعهٔ Saleor، جدا شده با ویرگول","tiers.earlyAccessUntil":"دسترسی زودهنگام تا","tiers.reason":"دلیل تغییر","tiers.reasonHint":"وقتی قاعدهٔ ورود تغییر می‌کند لازم است","tiers.payEntryRewards":"پاداش ورود به معرف‌هایی که اکنون جای می‌گیرند پرداخت شود","tiers.rule":"قاعدهٔ ورود","tiers.ruleText":"{count} موفق، {window}","tiers.perks":"مزایا","tiers.deleteReason":"دلیل حذف (اعضا یک سطح پایین می‌روند)","tiers.deleted":"سطح حذف شد؛ {count} عضو جابه‌جا شدند.","tiers.placement":"جای‌دهی معرف‌ها: {done} از {total}","tiers.placementDone":"تمام شد.","tiers.history":"تاریخچهٔ سطح یک معرف","tiers.historyShow":"نمایش","tiers.now":"سطح کنونی","tiers.demoteAfter":"پایین می‌رود پس از","tiers.fromTo":"از ← به","tiers.converted":"موفق","milestones.title":"نقطه‌های عطف و نشان‌ها","milestones.new":"نقطهٔ عطف تازه","milestones.create":"ساخت نقطهٔ عطف","milestones.created":"نقطهٔ عطف ساخته شد.","milestones.slug":"شناسهٔ نشان","milestones.referrals":"معرفی‌های موفق","milestones.bonus":"جایزه","milestones.payBonuses":"جایزه به معرف‌هایی که از آن گذشته‌اند پرداخت شود","campaigns.new":"کمپین تازه","campaigns.create":"ساخت کمپین","campaigns.created":"کمپین ساخته شد.","campaigns.none":"هنوز کمپینی نیست.","campaigns.name":"نام","campaigns.startsAt":"شروع","campaigns.endsAt":"پایان","campaigns.imageUrl":"نشانی تصویر","campaigns.copy":"متن صفحهٔ فرود","campaigns.title":"عنوان","campaigns.description":"توضیح","campaigns.friendOffer":"پیشنهاد دوست","campaigns.programOffer":"پیشنهاد برنامه","campaigns.value":"مقدار","campaigns.minSpent":"حداقل سبد","campaigns.advocateReward":"پاداش معرف","campaigns.amount":"مبلغ","campaigns.multiplier":"ضریب","campaigns.window":"بازه","campaigns.results":"نتیجه‌ها","campaigns.resultsText":"{referrals} معرفی، {converted} موفق","campaigns.switches":"تغییرهای پیشنهاد","contests.new":"مسابقهٔ تازه","contests.create":"ساخت مسابقه","contests.created":"مسابقه ساخته شد.","contests.none":"هنوز مسابقه‌ای نیست.","contests.name":"نام","contests.minReferrals":"معرفی موفق لازم برای شرکت","contests.prizes":"جایزه‌ها","contests.addPrize":"افزودن جایزه","contests.description":"توضیح","contests.details":"رده‌بندی و جایزه‌ها","contests.standings":"رده‌بندی","contests.threshold":"{count} برای شرکت","contests.entrants":"{count} شرکت‌کننده","contests.seed":"بذر قرعه","contests.seedHint":"خالی: بذر تصادفی، ثبت می‌شود","contests.decide":"همین حالا تعیین کن","contests.decided":"برندگان تعیین شدند.","contests.decidedBy":"تعیین‌شده توسط {who}، بذر {seed}.","contests.method":"روش","contests.winner":"برنده","contests.fulfilled":"تحویل‌شده","contests.note":"یادداشت (کد رهگیری…)","contests.fulfil":"تحویل شد","contests.fulfilledNotice":"جایزه تحویل‌شده ثبت شد.","causes.new":"امر خیر تازه","causes.create":"ساخت امر خیر","causes.created":"امر خیر ساخته شد.","causes.none":"هنوز امر خیری نیست.","causes.name":"نام","causes.description":"توضیح","causes.url":"وب‌سایت","causes.goal":"هدف","causes.perReferral":"کمک برای هر معرفی موفق","causes.raised":"جمع‌شده","causes.pending":"برای پرداخت","causes.paidOut":"پرداخت‌شده","causes.shortfall":"کسری","causes.donations":"کمک‌ها","causes.progress":"پیشرفت","causes.recordPayout":"ثبت پرداخت","causes.reference":"شمارهٔ پرداخت","causes.payoutIntro":"ثبت می‌کند که {amount} (همهٔ کمک‌های آزادشده تا کنون) به این امر خیر پرداخت شد.","causes.paid":"پرداخت {amount} ثبت شد.","events.new":"رویداد تازه","events.create":"ساخت رویداد","events.created":"رویداد ساخته شد.","events.none":"هنوز رویدادی نیست.","events.name":"نام","events.startsAt":"شروع","events.capacity":"ظرفیت","events.minTier":"حداقل سطح","events.everyone":"همهٔ معرف‌ها","events.passes":"کارت مهمان برای هر عضو","events.cost":"هزینه","events.invite":"دعوت‌نامه با ایمیل به اعضا","events.seats":"جای خالی","events.invited":"اعضای دعوت‌شده","events.redeemed":"کارت‌های استفاده‌شده","customer.title":"معرفی‌های مشتری","customer.missing":"این صفحه را از صفحهٔ یک مشتری در داشبورد باز کنید.","customer.none":"برنامهٔ معرفی یا چنین مشتری‌ای نیست.","customer.code":"کد","customer.friends":"دوستان","customer.earned":"درآمد","customer.statsText":"{visits} بازدید، {orders} سفارش، {pending} در انتظار، {rewarded} پاداش‌گرفته","customer.nextTier":"{count} معرفی دیگر تا {tier}","customer.atRisk":"سطح در خطر تا","customer.memberCode":"کد عضویت","customer.referrals":"معرفی‌ها ({count})","customer.rewards":"پاداش‌ها ({count})","order.title":"معرفی سفارش","order.missing":"این صفحه را از صفحهٔ یک سفارش در داشبورد باز کنید.","order.none":"این سفارش معرفی ندارد.","status.PENDING":"در انتظار","status.QUALIFIED":"واجد شرایط","status.APPROVED":"تأییدشده","status.REWARDED":"پاداش‌گرفته","status.FLAGGED":"نشان‌دار","status.REJECTED":"ردشده","status.REVERSED":"برگشتی","status.HELD":"نگه‌داشته","status.ISSUED":"صادرشده","status.CANCELLED":"لغوشده","status.REVOKED":"پس‌گرفته","status.FAILED":"ناموفق","status.SCHEDULED":"زمان‌بندی‌شده","status.LIVE":"در جریان","status.ENDED":"پایان‌یافته","status.OPEN":"باز","status.DECIDED":"تعیین‌شده","side.ADVOCATE":"معرف","side.FRIEND":"دوست","kind.VOUCHER":"کد تخفیف","kind.STORE_CREDIT":"اعتبار فروشگاه","kind.DONATION":"کمک خیریه","kind.PERK":"مزیت","kind.PHYSICAL":"جایزهٔ فیزیکی","source.CODE":"کد","source.LINK":"پیوند","source.SIGNUP":"ثبت‌نام","source.MANUAL":"دستی","source.SURVEY":"نظرسنجی","source.EVENT":"کارت رویداد","network.EMAIL":"ایمیل","network.WHATSAPP":"واتس‌اپ","network.TELEGRAM":"تلگرام","network.X":"ایکس","network.FACEBOOK":"فیسبوک","network.LINKEDIN":"لینکدین","network.SMS":"پیامک","network.COPY_LINK":"پیوند کپی‌شده","network.OTHER":"دیگر","window.LIFETIME":"همیشه","window.ROLLING":"بازهٔ غلتان","window.CALENDAR_YEAR":"سال تقویمی","tierChange.PROMOTED":"ارتقا","tierChange.AT_RISK":"در خطر","tierChange.RECOVERED":"بازیابی","tierChange.DEMOTED":"تنزل","switch.START":"شروع شد","switch.END":"پایان یافت","switch.SKIPPED":"رد شد","method.RANK":"بر اساس رتبه","method.DRAW":"قرعه","discount.PERCENTAGE":"درصدی","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"ارسال رایگان"},_n={"status.RUNNING":"قيد التنفيذ","status.SUCCESS":"جاهز","nav.exports":"التصدير","exports.new":"تصدير جديد","exports.intro":"ملف CSV لبيانات القناة يُكتب في الخلفية؛ نزّله من هنا عندما يجهز.","exports.kind":"ماذا","exports.campaign":"الحملة","exports.request":"تصدير","exports.requested":"تم طلب التصدير.","exports.files":"ملفات التصدير","exports.none":"لا توجد ملفات تصدير بعد.","exports.progress":"التقدم","exports.by":"طلبه","exports.download":"تنزيل CSV","exports.rows":"{count} صف","exports.counting":"جارٍ عدّ الصفوف…","export.REFERRALS":"الإحالات","export.REWARDS":"المكافآت","export.DONATIONS":"التبرعات","export.FUNNEL":"القمع اليومي","overview.period":"الفترة","period.30":"آخر ٣٠ يوماً","period.90":"آخر ٩٠ يوماً","period.365":"آخر ٣٦٥ يوماً","period.all":"كل الوقت","overview.new":"جديد","overview.vsPrevious":"مقارنة بالفترة السابقة بنفس الطول","overview.windowRevenue":"الإيرادات مع الطلبات المتكررة ({days} يوماً)","overview.fullCost":"التكلفة الكاملة","list.sep":"، ","overview.rates":"من الزيارة إلى الطلب: {visitToOrder}، من الطلب إلى النجاح: {orderToConverted}، معكوسة: {reversed}","overview.costs":"أين تذهب التكلفة","overview.committed":"ما زال محتجزاً (ملتزم به، لم يُدفع): {amount}","overview.comparison":"هذه الفترة مقابل السابقة","overview.thisPeriod":"هذه الفترة","overview.previousPeriod":"الفترة السابقة","funnel.shares":"المشاركات","funnel.signups":"التسجيلات","funnel.orders":"الطلبات","cost.advocateRewards":"مكافآت المُحيلين","cost.friendDiscounts":"خصومات الأصدقاء","cost.signupRewards":"مكافآت التسجيل","cost.tierEntryRewards":"مكافآت دخول المستويات","cost.milestoneBonuses":"مكافآت المراحل","cost.contestPrizes":"جوائز المسابقات","cost.donations":"التبرعات","cost.eventCosts":"الفعاليات","cost.memberDiscounts":"خصومات الأعضاء","cost.otherRewards":"مكافآت أخرى","app.title":"الإحالات","nav.label":"صفحات اللوحة","nav.overview":"نظرة عامة","nav.review":"قائمة المراجعة","nav.referrals":"الإحالات","nav.rewards":"المكافآت","nav.tiers":"المستويات والمراحل","nav.campaigns":"الحملات","nav.contests":"المسابقات","nav.causes":"القضايا الخيرية","nav.events":"الفعاليات",language:"اللغة",loading:"جارٍ التحميل…",nothing:"لا شيء هنا بعد.",all:"الكل",total:"{count} في المجموع",page:"الصفحة {page}",pages:"الصفحات",previous:"السابق",next:"التالي",save:"حفظ",saved:"تم الحفظ.",cancel:"إلغاء",edit:"تعديل",delete:"حذف",deleted:"تم الحذف.",confirmDelete:"هل تريد الحذف؟",active:"نشط",inactive:"غير نشط",anonymous:"مجهول",signOut:"تسجيل الخروج","signIn.title":"تسجيل الدخول إلى الإحالات","signIn.intro":"استخدم حساب الموظف في Saleor.","signIn.email":"البريد الإلكتروني","signIn.password":"كلمة المرور","signIn.submit":"تسجيل الدخول","noPermission.title":"لا توجد صلاحية","noPermission.text":"لا يملك حسابك صلاحية إدارة برنامج الإحالة. اطلب من المسؤول صلاحية «إدارة الخصومات».","dashboard.waiting":"في انتظار لوحة التحكم…","channel.title":"أي قناة؟","channel.label":"القناة","channel.slug":"معرّف القناة","channel.open":"فتح","overview.revenue":"إيرادات الإحالة","overview.cost":"تكلفة المكافآت","overview.roi":"العائد على المكافآت","overview.flagged":"بانتظار المراجعة","overview.funnel":"القمع","overview.statuses":"الإحالات حسب الحالة","overview.overTime":"إيرادات الإحالة مقابل تكلفة المكافآت، شهرياً","overview.perCampaign":"لكل حملة: الإيرادات مقابل التكلفة","overview.perTier":"المُحيلون في كل مستوى","overview.networks":"الزيارات حسب شبكة المشاركة","overview.leaderboard":"أفضل المُحيلين","overview.noProgram":"لا يوجد برنامج إحالة في هذه القناة بعد.","overview.noCampaigns":"لا توجد حملات بعد.","overview.noTiers":"لا توجد مستويات بعد.","overview.inactive":"البرنامج غير نشط في هذه القناة: فعّله من إعدادات الإضافة.","overview.programLine":"يحصل الأصدقاء على {offer}؛ ويحصل المُحيلون على {reward} لكل صديق ناجح، بعد {days} يوماً.","overview.campaignLive":"حملة جارية: {name}","funnel.visits":"الزيارات","funnel.referrals":"الإحالات","funnel.qualified":"مؤهلة","funnel.converted":"ناجحة","funnel.rewarded":"مكافأة","col.created":"التاريخ","col.status":"الحالة","col.advocate":"المُحيل","col.friend":"الصديق","col.order":"الطلب","col.total":"الإجمالي","col.reason":"السبب","col.recipient":"المستلم","col.kind":"النوع","col.amount":"المبلغ","col.release":"الإصدار","col.taken":"المسترد","col.tier":"المستوى","filter.from":"من","filter.to":"إلى","filter.apply":"تصفية","referral.history":"السجل","referral.rewards":"المكافآت","review.intro":"إحالات أوقفها فحص الاحتيال ليقرر فيها شخص. الموافقة تصرف المكافأة بعد فترة الانتظار؛ الرفض يمنع صرفها.","review.reason":"السبب","review.approve":"موافقة","review.reject":"رفض","review.empty":"لا توجد إحالة بانتظار المراجعة.","review.approved":"تمت الموافقة: {who}.","review.rejected":"تم الرفض: {who}.","referrals.attributeTitle":"نسب طلب يدوياً","referrals.attributeIntro":"لصديق ذكر اسم مُحيله («كيف عرفت عنا») أو رمز فات تسجيله.","referrals.advocateEmail":"بريد المُحيل","referrals.orderId":"معرّف الطلب","referrals.source":"المصدر","referrals.attribute":"نسب","rewards.reason":"سبب الاسترداد","rewards.revoke":"استرداد","rewards.shortfall":"العجز","tiers.ladder":"السلم","tiers.new":"مستوى جديد","tiers.create":"إنشاء مستوى","tiers.created":"تم إنشاء المستوى.","tiers.none":"لا توجد مستويات بعد.","tiers.name":"الاسم","tiers.nameFa":"الاسم بالفارسية","tiers.nameAr":"الاسم بالعربية","tiers.rank":"الترتيب","tiers.minReferrals":"الإحالات الناجحة المطلوبة","tiers.minRevenue":"إيرادات الإحالة المطلوبة","tiers.window":"فترة العد","tiers.windowDays":"الأيام (نافذة متحركة)","tiers.rewardMultiplier":"مضاعف المكافأة","tiers.rewardFixed":"مكافأة ثابتة","tiers.entryReward":"مكافأة الدخول","tiers.memberDiscount":"خصم الأعضاء (٪)","tiers.earlyAccess":"مجموعات الوصول المبكر","tiers.earlyAccessHint":"معرّفات مجموعات Saleor مفصولة بفواصل","tiers.earlyAccessUntil":"الوصول المبكر حتى","tiers.reason":"سبب التغيير","tiers.reasonHint":"مطلوب عند تغيير قاعدة الدخول","tiers.payEntryRewards":"صرف مكافآت الدخول للمُحيلين الذين يوضعون الآن","tiers.rule":"قاعدة الدخول","tiers.ruleText":"{count} ناجحة، {window}","tiers.perks":"المزايا","tiers.deleteReason":"سبب الحذف (ينزل الأعضاء مستوى)","tiers.deleted":"تم حذف المستوى؛ نُقل {count} عضواً.","tiers.placement":"توزيع المُحيلين: {done} من {total}","tiers.placementDone":"اكتمل.","tiers.history":"سجل مستوى مُحيل","tiers.historyShow":"عرض","tiers.now":"المستوى الحالي","tiers.demoteAfter":"ينزل بعد","tiers.fromTo":"من ← إلى","tiers.converted":"ناجحة","milestones.title":"المراحل والشارات","milestones.new":"مرحلة جديدة","milestones.create":"إنشاء مرحلة","milestones.created":"تم إنشاء المرحلة.","milestones.slug":"معرّف الشارة","milestones.referrals":"الإحالات الناجحة","milestones.bonus":"المكافأة","milestones.payBonuses":"صرف المكافآت للمُحيلين الذين تجاوزوها","campaigns.new":"حملة جديدة","campaigns.create":"إنشاء حملة","campaigns.created":"تم إنشاء الحملة.","campaigns.none":"لا توجد حملات بعد.","campaigns.name":"الاسم","campaigns.startsAt":"البداية","campaigns.endsAt":"النهاية","campaigns.imageUrl":"رابط الصورة","campaigns.copy":"نص صفحة الهبوط","campaigns.title":"العنوان","campaigns.description":"الوصف","campaigns.friendOffer":"عرض الصديق","campaigns.programOffer":"عرض البرنامج","campaigns.value":"القيمة","campaigns.minSpent":"الحد الأدنى للسلة","campaigns.advocateReward":"مكافأة المُحيل","campaigns.amount":"المبلغ","campaigns.multiplier":"المضاعف","campaigns.window":"الفترة","campaigns.results":"النتائج","campaigns.resultsText":"{referrals} إحالة، {converted} ناجحة","campaigns.switches":"تبديلات العرض","contests.new":"مسابقة جديدة","contests.create":"إنشاء مسابقة","contests.created":"تم إنشاء المسابقة.","contests.none":"لا توجد مسابقات بعد.","contests.name":"الاسم","contests.minReferrals":"الإحالات الناجحة للمشاركة","contests.prizes":"الجوائز","contests.addPrize":"إضافة جائزة","contests.description":"الوصف","contests.details":"الترتيب والجوائز","contests.standings":"الترتيب","contests.threshold":"{count} للمشاركة","contests.entrants":"{count} مشارك","contests.seed":"بذرة السحب","contests.seedHint":"فارغة: بذرة عشوائية تُسجَّل","contests.decide":"احسم الآن","contests.decided":"تم حسم المسابقة.","contests.decidedBy":"حسمها {who}، البذرة {seed}.","contests.method":"الطريقة","contests.winner":"الفائز","contests.fulfilled":"تم التسليم","contests.note":"ملاحظة (رقم التتبع…)","contests.fulfil":"تأكيد التسليم","contests.fulfilledNotice":"تم تسجيل تسليم الجائزة.","causes.new":"قضية جديدة","causes.create":"إنشاء قضية","causes.created":"تم إنشاء القضية.","causes.none":"لا توجد قضايا بعد.","causes.name":"الاسم","causes.description":"الوصف","causes.url":"الموقع","causes.goal":"الهدف","causes.perReferral":"التبرع لكل إحالة ناجحة","causes.raised":"المجموع","causes.pending":"للدفع","causes.paidOut":"المدفوع","causes.shortfall":"العجز","causes.donations":"التبرعات","causes.progress":"التقدم","causes.recordPayout":"تسجيل دفعة","causes.reference":"مرجع الدفع","causes.payoutIntro":"يسجّل أن {amount} (كل التبرعات المصروفة حتى الآن) دُفع للقضية.","causes.paid":"تم تسجيل دفعة بقيمة {amount}.","events.new":"فعالية جديدة","events.create":"إنشاء فعالية","events.created":"تم إنشاء الفعالية.","events.none":"لا توجد فعاليات بعد.","events.name":"الاسم","events.startsAt":"البداية","events.capacity":"السعة","events.minTier":"الحد الأدنى للمستوى","events.everyone":"كل المُحيلين","events.passes":"تذاكر الضيوف لكل عضو","events.cost":"التكلفة","events.invite":"إرسال دعوات للأعضاء بالبريد","events.seats":"المقاعد المتبقية","events.invited":"الأعضاء المدعوون","events.redeemed":"التذاكر المستخدمة","customer.title":"إحالات العميل","customer.missing":"افتح هذه الصفحة من صفحة عميل في لوحة التحكم.","customer.none":"لا يوجد برنامج إحالة أو لا يوجد هذا العميل.","customer.code":"الرمز","customer.friends":"الأصدقاء","customer.earned":"المكتسب","customer.statsText":"{visits} زيارة، {orders} طلب، {pending} معلّقة، {rewarded} مكافأة","customer.nextTier":"{count} أخرى حتى {tier}","customer.atRisk":"المستوى مهدد حتى","customer.memberCode":"رمز العضوية","customer.referrals":"الإحالات ({count})","customer.rewards":"المكافآت ({count})","order.title":"إحالة الطلب","order.missing":"افتح هذه الصفحة من صفحة طلب في لوحة التحكم.","order.none":"لا توجد إحالة لهذا الطلب.","status.PENDING":"معلّقة","status.QUALIFIED":"مؤهلة","status.APPROVED":"موافق عليها","status.REWARDED":"مكافأة","status.FLAGGED":"مُعلَّمة","status.REJECTED":"مرفوضة","status.REVERSED":"معكوسة","status.HELD":"محتجزة","status.ISSUED":"صادرة","status.CANCELLED":"ملغاة","status.REVOKED":"مستردة","status.FAILED":"فاشلة","status.SCHEDULED":"مجدولة","status.LIVE":"جارية","status.ENDED":"منتهية","status.OPEN":"مفتوحة","status.DECIDED":"محسومة","side.ADVOCATE":"المُحيل","side.FRIEND":"الصديق","kind.VOUCHER":"قسيمة","kind.STORE_CREDIT":"رصيد المتجر","kind.DONATION":"تبرع","kind.PERK":"ميزة","kind.PHYSICAL":"جائزة عينية","source.CODE":"رمز","source.LINK":"رابط","source.SIGNUP":"تسجيل","source.MANUAL":"يدوي","source.SURVEY":"استبيان","source.EVENT":"تذكرة فعالية","network.EMAIL":"البريد","network.WHATSAPP":"واتساب","network.TELEGRAM":"تيليجرام","network.X":"إكس","network.FACEBOOK":"فيسبوك","network.LINKEDIN":"لينكدإن","network.SMS":"رسالة نصية","network.COPY_LINK":"رابط منسوخ","network.OTHER":"أخرى","window.LIFETIME":"دائماً","window.ROLLING":"نافذة متحركة","window.CALENDAR_YEAR":"سنة تقويمية","tierChange.PROMOTED":"ترقية","tierChange.AT_RISK":"مهدد","tierChange.RECOVERED":"استعادة","tierChange.DEMOTED":"تخفيض","switch.START":"بدأت","switch.END":"انتهت","switch.SKIPPED":"تم التخطي","method.RANK":"حسب الترتيب","method.DRAW":"سحب","discount.PERCENTAGE":"نسبة مئوية","discount.FIXED":"مبلغ ثابت","discount.FREE_SHIPPING":"شحن مجاني"};for(let e of[gn,_n])e["language.en"]=ft["language.en"],e["language.fa"]=ft["language.fa"],e["language.ar"]=ft["language.ar"];var ar={en:ft,fa:gn,ar:_n};var sr=["en","fa","ar"],Rs={en:"en-US",fa:"fa-IR-u-nu-arabext",ar:"ar-EG-u-nu-arab"},Te="en";function $t(...e){for(let t of e){let r=String(t||"").slice(0,2).toLowerCase();if(sr.includes(r))return r}return"en"}function yn(e){Te=$t(e),document.documentElement.lang=Te,document.documentElement.dir=je()}var wn=()=>Te,je=()=>Te==="en"?"ltr":"rtl",we=()=>Rs[Te],Pe=()=>je()==="rtl"?"←":"→";function a(e,t={}){return(ar[Te][e]??ar.en[e]??e).replace(/\{(\w+)\}/g,(n,s)=>typeof t[s]=="number"?T(t[s]):String(t[s]??""))}var S=(e,t)=>a(`${e}.${t}`),T=(e,t={})=>new Intl.NumberFormat(we(),t).format(e);function D(e){if(!e)return"—";try{return new Intl.NumberFormat(we(),{style:"currency",currency:e.currency}).format(e.amount)}catch{return`${T(e.amount)} ${e.currency}`}}var bn=e=>new Intl.NumberFormat(we(),{notation:"compact",maximumFractionDigits:1}).format(e),$e=e=>new Intl.NumberFormat(we(),{style:"percent",maximumFractionDigits:1}).format(e),En=e=>new Intl.DateTimeFormat(we(),{dateStyle:"medium"}).format(new Date(e)),Rn=e=>new Intl.DateTimeFormat(we(),{dateStyle:"medium",timeStyle:"short"}).format(new Date(e)),Cn=e=>new Intl.DateTimeFormat(we(),{month:"short",year:"2-digit",timeZone:"UTC"}).format(e);var Cs=["channel","lang"];function An(e){let t=new URLSearchParams,r=new URLSearchParams(location.search);for(let u of Cs)r.get(u)&&t.set(u,r.get(u));function n(){return{page:(location.pathname.startsWith(e)?location.pathname.slice(e.length):"").replace(/\/+$/,"")||"overview",query:new URLSearchParams(location.search)}}function s(u,c={}){let p=new URLSearchParams(t);for(let[f,$]of Object.entries(c))$!=null&&$!==""&&p.set(f,$);let d=p.toString();return e+(u==="overview"?"":u)+(d?`?${d}`:"")}let o=new Set;function i(u,c){history.pushState(null,"",s(u,c)),o.forEach(p=>p())}addEventListener("popstate",()=>o.forEach(u=>u()));function m(){let[u,c]=y(n);return z(()=>{let p=()=>c(n());return o.add(p),()=>o.delete(p)},[]),u}return{href:s,navigate:i,useRoute:m}}var xn=function(e,t,r,n){var s;t[0]=0;for(var o=1;o<t.length;o++){var i=t[o++],m=t[o]?(t[0]|=i?1:2,r[t[o++]]):t[++o];i===3?n[0]=m:i===4?n[1]=Object.assign(n[1]||{},m):i===5?(n[1]=n[1]||{})[t[++o]]=m:i===6?n[1][t[++o]]+=m+"":i?(s=e.apply(m,xn(e,m,r,["",null])),n.push(s),m[0]?t[0]|=2:(t[o-2]=0,t[o]=s)):n.push(m)}return n},Sn=new Map;function Dn(e){var t=Sn.get(this);return t||(t=new Map,Sn.set(this,t)),(t=xn(this,t.get(e)||(t.set(e,t=(function(r){for(var n,s,o=1,i="",m="",u=[0],c=function(f){o===1&&(f||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,f,i):o===3&&(f||i)?(u.push(3,f,i),o=2):o===2&&i==="..."&&f?u.push(4,f,0):o===2&&i&&!f?u.push(5,0,!0,i):o>=5&&((i||!f&&o===5)&&(u.push(o,0,i,s),o=6),f&&(u.push(o,f,0,s),o=6)),i=""},p=0;p<r.length;p++){p&&(o===1&&c(),c(p));for(var d=0;d<r[p].length;d++)n=r[p][d],o===1?n==="<"?(c(),u=[u],o=3):i+=n:o===4?i==="--"&&n===">"?(o=1,i=""):i=n+i[0]:m?n===m?m="":i+=n:n==='"'||n==="'"?m=n:n===">"?(c(),o=1):o&&(n==="="?(o=5,s=i,i=""):n==="/"&&(o<5||r[p][d+1]===">")?(c(),o===3&&(u=u[0]),o=u,(u=u[0]).push(2,0,o),o=0):n===" "||n==="	"||n===`
`||n==="\r"?(c(),o=2):i+=n),o===3&&i==="!--"&&(o=4,u=u[0])}return c(),u})(e)),t),arguments,[])).length>1?t:t[0]}var l=Dn.bind(me),ht=Se(null),x=()=>st(ht);function U(e,t,r=[]){let n=x(),[s,o]=y({loading:!0,data:null,error:null}),[i,m]=y(0);z(()=>{let c=!0;return o(p=>({...p,loading:!0})),n.gql(e,t).then(p=>c&&o({loading:!1,data:p,error:null}),p=>{c&&(p instanceof ie&&p.kind!=="query"&&n.onApiError(p),o({loading:!1,data:null,error:p}))}),()=>{c=!1}},[...r,i,n.channel]);let u=at(()=>m(c=>c+1),[]);return{...s,reload:u}}function N(e,t){let r=x(),[n,s]=y([]),[o,i]=y(!1);async function m(u){i(!0);try{let{payload:c,errors:p}=await ot(r.gql,e,u,t);return s(p),p.length?null:c}catch(c){return c instanceof ie&&c.kind!=="query"&&r.onApiError(c),s([{field:c.field||null,code:"INVALID",message:c.message}]),null}finally{i(!1)}}return{run:m,errors:n,setErrors:s,busy:o}}var In=(e,t)=>!!e&&(e===t||e.startsWith(t)&&/[A-Z]/.test(e[t.length])),As=(e,t)=>e.filter(r=>In(r.field,t));function v({label:e,name:t,errors:r=[],hint:n,children:s}){let o=As(r,t);return l`<div class=${`field${o.length?" invalid":""}`} data-field=${t}>
    <label>
      <span class="field-label">${e}</span>
      ${s}
    </label>
    ${n&&l`<small class="hint">${n}</small>`}
    ${o.map(i=>l`<p class="field-error" role="alert" data-code=${i.code}>${i.message}</p>`)}
  </div>`}function H({errors:e,fields:t}){let r=e.filter(n=>!n.field||!t.some(s=>In(n.field,s)));return r.length?l`<div class="form-errors" role="alert">
    ${r.map(n=>l`<p class="field-error" data-code=${n.code}>
          ${n.field?l`<b>${n.field}</b>: `:""}${n.message}
        </p>`)}
  </div>`:null}function w({name:e,value:t,set:r,type:n="text",...s}){return l`<input
    name=${e}
    type=${n}
    value=${t??""}
    onInput=${o=>r(e,n==="checkbox"?o.target.checked:o.target.value)}
    ...${s}
  />`}function ve({name:e,value:t,set:r,text:n}){return l`<label class="check">
    <input
      type="checkbox"
      name=${e}
      checked=${!!t}
      onChange=${s=>r(e,s.target.checked)}
    />
    ${n}</label
  >`}function Q({name:e,value:t,set:r,options:n}){return l`<select name=${e} value=${t??""} onChange=${s=>r(e,s.target.value)}>
    ${n.map(([s,o])=>l`<option value=${s} selected=${s===(t??"")}>${o}</option>`)}
  </select>`}function K(e){let[t,r]=y(e);return{values:t,set:(s,o)=>r(i=>({...i,[s]:o})),setValues:r}}var j=e=>e===""||e===null||e===void 0?null:Number(e),le=e=>e===""||e===null||e===void 0?null:parseInt(e,10),J=e=>e?new Date(e).toISOString():null;function ce(e){if(!e)return"";let t=new Date(e),r=n=>String(n).padStart(2,"0");return`${t.getFullYear()}-${r(t.getMonth()+1)}-${r(t.getDate())}T${r(t.getHours())}:${r(t.getMinutes())}`}function M(){return l`<p class="muted loading">${a("loading")}</p>`}function O({error:e}){return e?l`<div class="form-errors" role="alert"><p class="field-error">${e.message}</p></div>`:null}function ge({value:e}){return e?l`<span class="num">${D(e)}</span>`:l`<span class="muted">—</span>`}var L=({value:e,time:t=!0})=>e?l`<time datetime=${e}>${t?Rn(e):En(e)}</time>`:l`<span class="muted">—</span>`,X=({value:e})=>l`<span class=${`badge status-${String(e).toLowerCase()}`}>${S("status",e)}</span>`;function Ne(){let[e,t]=y([null]);return{after:e[e.length-1],page:e.length,next:n=>t(s=>[...s,n]),previous:()=>t(n=>n.length>1?n.slice(0,-1):n),reset:()=>t([null])}}function Fe({pager:e,connection:t}){return t?l`<nav class="pager" aria-label=${a("pages")}>
    <span class="muted">${a("total",{count:t.totalCount??0})}</span>
    <button type="button" class="secondary" disabled=${e.page<=1} onClick=${e.previous}>
      ${a("previous")}
    </button>
    <span>${a("page",{page:e.page})}</span>
    <button
      type="button"
      class="secondary"
      disabled=${!t.pageInfo.hasNextPage}
      onClick=${()=>e.next(t.pageInfo.endCursor)}
    >
      ${a("next")}
    </button>
  </nav>`:null}function I({title:e,actions:t,children:r,id:n}){return l`<section class="card" id=${n}>
    <header class="card-header"><h2>${e}</h2>${t}</header>
    ${r}
  </section>`}function k({text:e}){return l`<p class="muted empty">${e||a("nothing")}</p>`}var Je=(e,t)=>["fa","ar"].filter(r=>(e[`${t}_${r}`]||"").trim()).map(r=>({language:r,name:e[`${t}_${r}`].trim()}));var Oe=["var(--chart-1)","var(--chart-2)","var(--chart-3)","var(--chart-4)"];function vt({items:e,title:t,format:r=T,name:n}){let m=Math.max(e.length,1)*30+8,u=Math.max(1,...e.map(d=>d.value)),c=je()==="rtl",p=220;return l`<figure class="chart-figure" data-chart=${n}>
    <svg class="chart bar-chart" viewBox=${`0 0 420 ${m}`} role="img" aria-label=${t}>
      ${e.map((d,f)=>{let $=4+f*30,_=Math.max(d.value>0?2:0,d.value/u*p),h=c?300-_:120,b=c?416:4,g=c?h-6:h+_+6;return l`<g>
          <text x=${b} y=${$+18} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-label">
            ${d.label}
          </text>
          <rect
            class="bar"
            x=${h}
            y=${$+4}
            width=${_}
            height=${18}
            rx="3"
            fill=${d.color||Oe[f%Oe.length]}
            data-value=${d.value}
          ><title>${d.label}: ${r(d.value)}</title></rect>
          <text x=${g} y=${$+18} text-anchor="start" direction=${c?"rtl":"ltr"} class="chart-value">
            ${r(d.value)}
          </text>
        </g>`})}
    </svg>
  </figure>`}function ze({labels:e,series:t,title:r,format:n=T,name:s}){let d=Math.max(1,...t.flatMap(g=>g.values)),f=je()==="rtl",$=796/Math.max(e.length,1),_=Math.max(3,($-8)/t.length),h=(g,E)=>{let F=56+g*$+4+E*_;return f?860-F-_:F};return l`<figure class="chart-figure" data-chart=${s}>
    <svg class="chart column-chart" viewBox=${"0 0 860 260"} role="img" aria-label=${r}>
      ${[0,.5,1].map(g=>{let E=220-g*208;return l`<g>
          <line x1=${f?0:56} x2=${f?804:860} y1=${E} y2=${E} class="grid" />
          <text x=${f?856:50} y=${E+4} text-anchor="end" class="chart-axis" direction="ltr">
            ${bn(d*g)}
          </text>
        </g>`})}
      ${e.map((g,E)=>l`<g>
          ${t.map((F,W)=>{let B=F.values[E]||0,C=B/d*208;return l`<rect
              class="bar"
              x=${h(E,W)}
              y=${220-C}
              width=${_-1}
              height=${C}
              fill=${F.color||Oe[W%Oe.length]}
              data-series=${F.name}
              data-value=${B}
            ><title>${g} · ${F.name}: ${n(B)}</title></rect>`})}
          <text
            x=${f?860-(56+E*$+$/2):56+E*$+$/2}
            y=${236}
            text-anchor="middle"
            class="chart-axis"
          >${g}</text>
        </g>`)}
    </svg>
    <figcaption>
      <span>${r}</span>
      <span class="legend">
        ${t.map((g,E)=>l`<span class="legend-item"><i style=${`background:${g.color||Oe[E%Oe.length]}`}></i>${g.name}</span>`)}
      </span>
    </figcaption>
    <table class="sr-only">
      <thead><tr><th></th>${t.map(g=>l`<th>${g.name}</th>`)}</tr></thead>
      <tbody>
        ${e.map((g,E)=>l`<tr><th>${g}</th>${t.map(F=>l`<td>${n(F.values[E]||0)}</td>`)}</tr>`)}
      </tbody>
    </table>
  </figure>`}var Ss=12,kn=864e5,or={30:30,90:90,365:365,all:null};function xs(e=new Date){let t=[];for(let r=Ss-1;r>=-1;r-=1)t.push(new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()-r,1)));return t}function Ds(e,t=new Date){let r=or[e];if(!r)return null;let n=Date.UTC(t.getUTCFullYear(),t.getUTCMonth(),t.getUTCDate())+kn;return{gte:new Date(n-r*kn).toISOString(),lte:new Date(n).toISOString()}}var Z="{ amount currency }",Tn=["advocateRewards","friendDiscounts","signupRewards","tierEntryRewards","milestoneBonuses","contestPrizes","donations","eventCosts","memberDiscounts","otherRewards"],Ue=["shares","visits","signups","orders","qualified","converted","rewarded"],Is=`query Overview($channel: String!, $period: ReferralPeriodInput, $compare: Boolean!) {
  report: referralReport(channel: $channel, period: $period, compareWithPrevious: $compare) {
    start end
    funnel { ${Ue.join(" ")} reversed visitsByNetwork { network count } sharesByNetwork { network count }
      visitToOrderRate orderToConvertedRate }
    money { repeatWindowDays referredOrders repeatOrders firstOrderRevenue ${Z} windowRevenue ${Z}
      costs { ${Tn.map(e=>`${e} ${Z}`).join(" ")} } totalCost ${Z} committed ${Z}
      returnOnRewards windowReturnOnRewards }
    previous { start end funnel { ${Ue.join(" ")} }
      money { firstOrderRevenue ${Z} windowRevenue ${Z} totalCost ${Z} returnOnRewards } }
  }
  summary: referralProgramSummary(channel: $channel) { flagged }
  referralCampaigns(channel: $channel) {
    id name state
    results { referrals converted referredRevenue ${Z} rewardCost ${Z} }
  }
  referralTiers(channel: $channel) { id name rank members }
  referralProgram(channel: $channel) {
    isActive friendOffer { type value currency minSpent ${Z} }
    advocateReward { type amount ${Z} } minOrderTotal ${Z}
    newCustomersOnly holdDays campaign { name }
  }
}`;function ks(e){return`query OverviewMonths($channel: String!) { ${e.slice(0,-1).map((r,n)=>`m${n}: referralReport(channel: $channel, period: {gte: "${r.toISOString()}", lte: "${e[n+1].toISOString()}"}) { money { firstOrderRevenue ${Z} totalCost ${Z} } }`).join(`
`)} }`}var Ts=`query Leaderboard($channel: String!) {
  referralLeaderboard(channel: $channel, period: ALL_TIME, first: 10) { rank name convertedReferrals }
}`;function Ps({query:{data:e,error:t,loading:r}}){if(r)return l`<${M} />`;if(t)return l`<${O} error=${t} />`;let n=e.referralLeaderboard||[];return n.length?l`<ol class="leaderboard">
    ${n.map(s=>l`<li><span>${s.name||a("anonymous")}</span><b class="num">${T(s.convertedReferrals)}</b></li>`)}
  </ol>`:l`<${k} />`}function Ns({starts:e,query:{data:t,error:r,loading:n},money:s}){if(n)return l`<${M} />`;if(r)return l`<${O} error=${r} />`;let o=e.slice(0,-1),i=m=>t[`m${m}`];return l`<${ze}
    name="money"
    title=${a("overview.overTime")}
    format=${s}
    labels=${o.map(m=>Cn(m))}
    series=${[{name:a("overview.revenue"),values:o.map((m,u)=>i(u)?.money.firstOrderRevenue.amount??0)},{name:a("overview.cost"),values:o.map((m,u)=>i(u)?.money.totalCost.amount??0)}]}
  />`}function Fs({program:e}){if(!e)return l`<p class="notice warn" role="status">${a("overview.inactive")}</p>`;let t=e.friendOffer,r=t.type==="PERCENTAGE"?$e(t.value/100):t.type==="FIXED"?D({amount:t.value,currency:t.currency}):S("discount",t.type);return l`<p class="program-line muted" data-program>
    ${a("overview.programLine",{offer:r,reward:`${D(e.advocateReward.amount)} (${S("kind",e.advocateReward.type)})`,days:e.holdDays})}
    ${e.campaign?l`${a("list.sep")}${a("overview.campaignLive",{name:e.campaign.name})}`:""}
  </p>`}function Os({now:e,before:t}){if(t==null)return null;if(!t)return e?l`<small class="change up">${a("overview.new")}</small>`:null;let r=(e-t)/t,n=r>0?"+":"";return l`<small class=${`change ${r>0?"up":r<0?"down":""}`} title=${a("overview.vsPrevious")}>
    ${n}${$e(r)}
  </small>`}function Le({title:e,value:t,name:r,now:n,before:s}){return l`<div class="kpi" data-kpi=${r}>
    <span class="kpi-title">${e}</span>
    <strong class="num">${t}</strong>
    <${Os} now=${n} before=${s} />
  </div>`}function Pn({query:e}){let t=x(),[r,n]=y(()=>e.get("period")in or?e.get("period"):"30"),[s]=y(xs),o=Ds(r),{data:i,error:m,loading:u}=U(Is,{channel:t.channel,period:o,compare:!!o},[r]),c=U(ks(s),{channel:t.channel}),p=U(Ts,{channel:t.channel}),d=l`<label class="period-picker">
    <span class="sr-only">${a("overview.period")}</span>
    <select name="period" value=${r} onChange=${R=>n(R.target.value)}>
      ${Object.keys(or).map(R=>l`<option value=${R} selected=${R===r}>${a(`period.${R}`)}</option>`)}
    </select>
  </label>`,f=l`<header class="page-header"><h1>${a("nav.overview")}</h1>${d}</header>`;if(u&&!i)return l`${f}<${M} />`;if(m)return l`${f}<${O} error=${m} />`;let $=i.report;if(!$)return l`${f}<${k} text=${a("overview.noProgram")} />`;let{funnel:_,money:h}=$,b=$.previous,g=h.totalCost.currency,E=R=>D({amount:R,currency:g}),F=R=>R==null?"—":`${T(R,{maximumFractionDigits:2})}×`,W=i.referralCampaigns.filter(R=>R.results),B=[...new Set([..._.sharesByNetwork,..._.visitsByNetwork].map(R=>R.network))],C=(R,ue)=>R.find(de=>de.network===ue)?.count??0;return l`${f}
    <${Fs} program=${i.referralProgram} />
    <div class="kpis">
      <${Le} name="revenue" title=${a("overview.revenue")} value=${D(h.firstOrderRevenue)}
        now=${h.firstOrderRevenue.amount} before=${b?.money.firstOrderRevenue.amount} />
      <${Le} name="window-revenue" title=${a("overview.windowRevenue",{days:h.repeatWindowDays})}
        value=${D(h.windowRevenue)} now=${h.windowRevenue.amount} before=${b?.money.windowRevenue.amount} />
      <${Le} name="cost" title=${a("overview.fullCost")} value=${D(h.totalCost)}
        now=${h.totalCost.amount} before=${b?.money.totalCost.amount} />
      <${Le} name="roi" title=${a("overview.roi")} value=${F(h.returnOnRewards)}
        now=${h.returnOnRewards} before=${b?.money.returnOnRewards} />
      <${Le} name="converted" title=${a("funnel.converted")} value=${T(_.converted)}
        now=${_.converted} before=${b?.funnel.converted} />
      <${Le} name="flagged" title=${a("overview.flagged")} value=${T(i.summary?i.summary.flagged:0)} />
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.funnel")} id="funnel">
        <${vt} name="funnel" title=${a("overview.funnel")}
          items=${Ue.map(R=>({label:a(`funnel.${R}`),value:_[R]}))} />
        <p class="muted small">
          ${a("overview.rates",{visitToOrder:_.visitToOrderRate===null?"—":$e(_.visitToOrderRate),orderToConverted:_.orderToConvertedRate===null?"—":$e(_.orderToConvertedRate),reversed:_.reversed})}
        </p>
      <//>
      <${I} title=${a("overview.costs")} id="costs">
        <${vt} name="costs" title=${a("overview.costs")} format=${E}
          items=${Tn.map(R=>({label:a(`cost.${R}`),value:h.costs[R].amount}))} />
        <p class="muted small">${a("overview.committed",{amount:D(h.committed)})}</p>
      <//>
    </div>
    ${b&&l`<${I} title=${a("overview.comparison")} id="comparison">
      <${ze} name="comparison" title=${a("overview.comparison")}
        labels=${Ue.map(R=>a(`funnel.${R}`))}
        series=${[{name:a("overview.thisPeriod"),values:Ue.map(R=>_[R])},{name:a("overview.previousPeriod"),values:Ue.map(R=>b.funnel[R])}]} />
    <//>`}
    <${I} title=${a("overview.overTime")} id="over-time">
      <${Ns} starts=${s} query=${c} money=${E} />
    <//>
    <div class="grid-2">
      <${I} title=${a("overview.perCampaign")} id="per-campaign">
        ${W.length?l`<${ze}
              name="campaigns"
              title=${a("overview.perCampaign")}
              format=${E}
              labels=${W.map(R=>R.name)}
              series=${[{name:a("overview.revenue"),values:W.map(R=>R.results.referredRevenue.amount)},{name:a("overview.cost"),values:W.map(R=>R.results.rewardCost.amount)}]}
            />`:l`<${k} text=${a("overview.noCampaigns")} />`}
      <//>
      <${I} title=${a("overview.perTier")} id="per-tier">
        ${i.referralTiers.length?l`<${vt}
              name="tiers"
              title=${a("overview.perTier")}
              items=${i.referralTiers.map(R=>({label:R.name,value:R.members}))}
            />`:l`<${k} text=${a("overview.noTiers")} />`}
      <//>
    </div>
    <div class="grid-2">
      <${I} title=${a("overview.networks")} id="networks">
        ${B.length?l`<${ze}
              name="networks"
              title=${a("overview.networks")}
              labels=${B.map(R=>S("network",R))}
              series=${[{name:a("funnel.shares"),values:B.map(R=>C(_.sharesByNetwork,R))},{name:a("funnel.visits"),values:B.map(R=>C(_.visitsByNetwork,R))}]}
            />`:l`<${k} />`}
      <//>
      <${I} title=${a("overview.leaderboard")} id="leaderboard">
        <${Ps} query=${p} />
      <//>
    </div>`}var be=`id status statusReason source advocateEmail friendEmail friendName code
  orderId orderNumber orderTotal { amount currency } createdAt
  history { fromStatus toStatus reason createdAt }
  rewards { id side kind status amount { amount currency } releaseAt voucherCode }`,Me="totalCount pageInfo { hasNextPage endCursor }",Ls=`mutation Review($id: ID!, $decision: ReferralReviewDecisionEnum!, $reason: String) {
  referralReview(id: $id, decision: $decision, reason: $reason) {
    referral { id status statusReason } ${P}
  }
}`;function Ee({referral:e}){return l`<div class="details">
    <div>
      <h3>${a("referral.history")}</h3>
      <ol class="history">
        ${(e.history||[]).map(t=>l`<li>
            <${L} value=${t.createdAt} />
            <span>${t.fromStatus?S("status",t.fromStatus):"—"} ${Pe()} ${S("status",t.toStatus)}</span>
            <span class="muted">${t.reason}</span>
          </li>`)}
      </ol>
    </div>
    <div>
      <h3>${a("referral.rewards")}</h3>
      ${e.rewards.length?l`<ul class="plain">
            ${e.rewards.map(t=>l`<li>
                ${S("side",t.side)}${a("list.sep")}${S("kind",t.kind)}${a("list.sep")}${D(t.amount)}${a("list.sep")}
                <${X} value=${t.status} />
              </li>`)}
          </ul>`:l`<p class="muted">${a("nothing")}</p>`}
    </div>
  </div>`}function Re({referral:e,onDone:t}){let[r,n]=y(""),s=N(Ls,"referralReview");async function o(i){let m=await s.run({id:e.id,decision:i,reason:r||null});m&&t(m.referral,i)}return l`<form class="review-form" onSubmit=${i=>i.preventDefault()} data-referral=${e.id}>
    <${v} label=${a("review.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <div class="actions">
      <button type="button" name="approve" disabled=${s.busy} onClick=${()=>o("APPROVE")}>${a("review.approve")}</button>
      <button type="button" name="reject" class="danger" disabled=${s.busy} onClick=${()=>o("REJECT")}>${a("review.reject")}</button>
    </div>
  </form>`}function gt({referral:e,open:t,onToggle:r,children:n}){let s=o=>{(o.key==="Enter"||o.key===" ")&&(o.preventDefault(),r())};return l`<tr class="row" data-id=${e.id} onClick=${r} onKeyDown=${s}
      tabindex="0" aria-expanded=${t}>
      <td><${L} value=${e.createdAt} /></td>
      <td><${X} value=${e.status} /></td>
      <td>${e.advocateEmail||"—"}<br /><small class="muted">${e.code}</small></td>
      <td>${e.friendEmail||e.friendName||"—"}</td>
      <td>${e.orderNumber?`#${e.orderNumber}`:"—"}</td>
      <td><${ge} value=${e.orderTotal} /></td>
      <td class="muted">${e.statusReason||S("source",e.source)}</td>
    </tr>
    ${t&&l`<tr class="expanded"><td colspan="7">${n}</td></tr>`}`}var _t=()=>l`<thead><tr>
  <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.advocate")}</th>
  <th>${a("col.friend")}</th><th>${a("col.order")}</th><th>${a("col.total")}</th><th>${a("col.reason")}</th>
</tr></thead>`;var Us=`query Queue($channel: String!, $after: String) {
  referrals(channel: $channel, filter: {status: [FLAGGED]}, first: 20, after: $after) {
    ${Me}
    edges { node { ${be} } }
  }
}`;function Nn(){let e=x(),t=Ne(),[r,n]=y(null),{data:s,error:o,loading:i,reload:m}=U(Us,{channel:e.channel,after:t.after},[t.after]),u=s&&s.referrals;return l`<h1>${a("nav.review")}</h1>
    <p class="muted">${a("review.intro")}</p>
    ${r&&l`<p class="notice" role="status">${r}</p>`}
    ${i&&!s&&l`<${M} />`}
    <${O} error=${o} />
    ${u&&(u.edges.length?l`<ul class="queue">
          ${u.edges.map(({node:c})=>l`<li class="card queue-item" data-id=${c.id}>
              <header class="queue-head">
                <${X} value=${c.status} />
                <b>${c.advocateEmail}</b> ${Pe()} <b>${c.friendEmail||c.friendName}</b>
                <span class="muted">${c.orderNumber?`#${c.orderNumber}`:""}</span>
                <${ge} value=${c.orderTotal} />
                <${L} value=${c.createdAt} />
              </header>
              <p class="flag-reason">${c.statusReason}</p>
              <${Ee} referral=${c} />
              <${Re}
                referral=${c}
                onDone=${(p,d)=>{n(a(d==="APPROVE"?"review.approved":"review.rejected",{who:c.friendEmail||c.friendName})),m()}}
              />
            </li>`)}
        </ul>`:l`<${k} text=${a("review.empty")} />`)}
    <${Fe} pager=${t} connection=${u} />`}var Ms=["PENDING","QUALIFIED","APPROVED","REWARDED","FLAGGED","REJECTED","REVERSED"],Hs=`query Referrals($channel: String!, $filter: ReferralFilterInput, $after: String) {
  referrals(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Me}
    edges { node { ${be} } }
  }
  referralTiers(channel: $channel) { id name }
}`,Ws=`mutation Attribute($channel: String!, $advocateEmail: String!, $orderId: ID!, $source: ReferralManualSourceEnum) {
  referralCreate(channel: $channel, advocateEmail: $advocateEmail, orderId: $orderId, source: $source) {
    referral { id status } ${P}
  }
}`;function Fn(e){let t={};return e.status&&(t.status=[e.status]),e.advocateEmail.trim()&&(t.advocateEmail=e.advocateEmail.trim()),e.friendEmail.trim()&&(t.friendEmail=e.friendEmail.trim()),e.createdFrom&&(t.createdFrom=J(e.createdFrom)),e.createdTo&&(t.createdTo=J(e.createdTo)),e.tier&&(t.tier=e.tier),t}function Vs({onDone:e}){let t=x(),r=K({advocateEmail:"",orderId:"",source:"MANUAL"}),n=N(Ws,"referralCreate");async function s(o){o.preventDefault(),await n.run({channel:t.channel,...r.values})&&(r.setValues({advocateEmail:"",orderId:"",source:"MANUAL"}),e())}return l`<form class="inline-form" onSubmit=${s} name="attribute">
    <${v} label=${a("referrals.advocateEmail")} name="advocateEmail" errors=${n.errors}>
      <${w} name="advocateEmail" type="email" value=${r.values.advocateEmail} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.orderId")} name="orderId" errors=${n.errors}>
      <${w} name="orderId" value=${r.values.orderId} set=${r.set} required />
    <//>
    <${v} label=${a("referrals.source")} name="source" errors=${n.errors}>
      <${Q} name="source" value=${r.values.source} set=${r.set}
        options=${["MANUAL","SURVEY"].map(o=>[o,S("source",o)])} />
    <//>
    <${H} errors=${n.errors} fields=${["advocateEmail","orderId","source"]} />
    <button type="submit" disabled=${n.busy}>${a("referrals.attribute")}</button>
  </form>`}function On({query:e}){let t=x(),r=Ne(),n={status:e.get("status")||"",advocateEmail:e.get("advocate")||"",friendEmail:"",createdFrom:"",createdTo:"",tier:""},s=K(n),[o,i]=y(()=>Fn(n)),[m,u]=y(null),{data:c,error:p,loading:d,reload:f}=U(Hs,{channel:t.channel,filter:o,after:r.after},[JSON.stringify(o),r.after]),$=c&&c.referrals;return l`<h1>${a("nav.referrals")}</h1>
    <form
      class="filters"
      name="filters"
      onSubmit=${_=>{_.preventDefault(),r.reset(),i(Fn(s.values))}}
    >
      <${v} label=${a("col.status")} name="status">
        <${Q} name="status" value=${s.values.status} set=${s.set}
          options=${[["",a("all")],...Ms.map(_=>[_,S("status",_)])]} />
      <//>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <${w} name="advocateEmail" type="search" value=${s.values.advocateEmail} set=${s.set} />
      <//>
      <${v} label=${a("col.friend")} name="friendEmail">
        <${w} name="friendEmail" type="search" value=${s.values.friendEmail} set=${s.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${s.values.createdFrom} set=${s.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${s.values.createdTo} set=${s.set} />
      <//>
      ${c&&c.referralTiers.length>0&&l`<${v} label=${a("col.tier")} name="tier">
        <${Q} name="tier" value=${s.values.tier} set=${s.set}
          options=${[["",a("all")],...c.referralTiers.map(_=>[_.id,_.name])]} />
      <//>`}
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${d&&!c&&l`<${M} />`}
    <${O} error=${p} />
    ${$&&($.edges.length?l`<table class="table referrals-table">
          <${_t} />
          <tbody>
            ${$.edges.map(({node:_})=>l`<${gt}
                referral=${_}
                open=${m===_.id}
                onToggle=${()=>u(m===_.id?null:_.id)}
              >
                <${Ee} referral=${_} />
                ${["FLAGGED","PENDING","QUALIFIED"].includes(_.status)&&l`<${Re} referral=${_} onDone=${f} />`}
              <//>`)}
          </tbody>
        </table>`:l`<${k} />`)}
    <${Fe} pager=${r} connection=${$} />
    <${I} title=${a("referrals.attributeTitle")} id="attribute">
      <p class="muted">${a("referrals.attributeIntro")}</p>
      <${Vs} onDone=${f} />
    <//>`}var Bs=["HELD","ISSUED","CANCELLED","REVOKED","FAILED"],Gs=["VOUCHER","STORE_CREDIT","DONATION","PERK"],yt=`id side kind status amount { amount currency } releaseAt issuedAt voucherCode
  revokedAmount { amount currency } shortfallAmount { amount currency } statusReason recipientEmail createdAt`,qs=`query Rewards($channel: String!, $filter: ReferralRewardFilterInput, $after: String) {
  referralRewards(channel: $channel, filter: $filter, first: 25, after: $after) {
    ${Me}
    edges { node { ${yt} } }
  }
}`,Ks=`mutation Revoke($id: ID!, $reason: String!) {
  referralRewardRevoke(id: $id, reason: $reason) { reward { ${yt} } ${P} }
}`;function js({reward:e,onDone:t}){let[r,n]=y(""),s=N(Ks,"referralRewardRevoke");async function o(i){i.preventDefault();let m=await s.run({id:e.id,reason:r});m&&t(m.reward)}return l`<form class="inline-form revoke-form" onSubmit=${o} data-reward=${e.id}>
    <${v} label=${a("rewards.reason")} name="reason" errors=${s.errors}>
      <textarea name="reason" rows="2" value=${r} onInput=${i=>n(i.target.value)}></textarea>
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger" name="revoke" disabled=${s.busy}>${a("rewards.revoke")}</button>
  </form>`}function ir({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?l`<table class="table rewards-table">
    <thead><tr>
      <th>${a("col.created")}</th><th>${a("col.status")}</th><th>${a("col.recipient")}</th><th>${a("col.kind")}</th>
      <th>${a("col.amount")}</th><th>${a("col.release")}</th><th>${a("col.taken")}</th><th>${a("col.reason")}</th><th></th>
    </tr></thead>
    <tbody>
      ${e.edges.map(({node:s})=>l`<tr data-id=${s.id}>
            <td><${L} value=${s.createdAt} /></td>
            <td><${X} value=${s.status} /></td>
            <td>${s.recipientEmail||"—"}<br /><small class="muted">${S("side",s.side)}</small></td>
            <td>${S("kind",s.kind)}${s.voucherCode?l`<br /><code>${s.voucherCode}</code>`:""}</td>
            <td><${ge} value=${s.amount} /></td>
            <td><${L} value=${s.releaseAt} time=${!1} /></td>
            <td>${s.revokedAmount.amount||s.shortfallAmount.amount?l`<${ge} value=${s.revokedAmount} /><br /><small class="muted">${a("rewards.shortfall")} <${ge} value=${s.shortfallAmount} /></small>`:l`<span class="muted">—</span>`}</td>
            <td class="muted">${s.statusReason||""}</td>
            <td>${["HELD","ISSUED"].includes(s.status)&&l`<button type="button" class="secondary" name="open-revoke" onClick=${()=>n(r===s.id?null:s.id)}>${a("rewards.revoke")}…</button>`}</td>
          </tr>
          ${r===s.id&&l`<tr class="expanded"><td colspan="9"><${js} reward=${s} onDone=${()=>{n(null),t()}} /></td></tr>`}`)}
    </tbody>
  </table>`:l`<${k} />`}function Js(e){let t={};return e.status&&(t.status=[e.status]),e.kind&&(t.kind=[e.kind]),e.recipientEmail.trim()&&(t.recipientEmail=e.recipientEmail.trim()),e.createdFrom&&(t.createdFrom=J(e.createdFrom)),e.createdTo&&(t.createdTo=J(e.createdTo)),t}function Ln(){let e=x(),t=Ne(),r=K({status:"",kind:"",recipientEmail:"",createdFrom:"",createdTo:""}),[n,s]=y({}),{data:o,error:i,loading:m,reload:u}=U(qs,{channel:e.channel,filter:n,after:t.after},[JSON.stringify(n),t.after]),c=o&&o.referralRewards;return l`<h1>${a("nav.rewards")}</h1>
    <form class="filters" name="filters" onSubmit=${p=>{p.preventDefault(),t.reset(),s(Js(r.values))}}>
      <${v} label=${a("col.status")} name="status">
        <${Q} name="status" value=${r.values.status} set=${r.set}
          options=${[["",a("all")],...Bs.map(p=>[p,S("status",p)])]} />
      <//>
      <${v} label=${a("col.kind")} name="kind">
        <${Q} name="kind" value=${r.values.kind} set=${r.set}
          options=${[["",a("all")],...Gs.map(p=>[p,S("kind",p)])]} />
      <//>
      <${v} label=${a("col.recipient")} name="recipientEmail">
        <${w} name="recipientEmail" type="search" value=${r.values.recipientEmail} set=${r.set} />
      <//>
      <${v} label=${a("filter.from")} name="createdFrom">
        <${w} name="createdFrom" type="datetime-local" value=${r.values.createdFrom} set=${r.set} />
      <//>
      <${v} label=${a("filter.to")} name="createdTo">
        <${w} name="createdTo" type="datetime-local" value=${r.values.createdTo} set=${r.set} />
      <//>
      <button type="submit">${a("filter.apply")}</button>
    </form>
    ${m&&!o&&l`<${M} />`}
    <${O} error=${i} />
    ${c&&l`<${ir} connection=${c} onChanged=${u} />`}
    <${Fe} pager=${t} connection=${c} />`}var zs=`id name translations { language name } rank minReferrals minRevenue { amount currency }
  window windowDays rewardMultiplier rewardFixed { amount currency } entryReward { type amount { amount currency } }
  memberDiscountPercent earlyAccessCollections earlyAccessUntil`,Qs="id slug name translations { language name } referrals bonus { type amount { amount currency } }",Qe="id status reason total done createdAt finishedAt",Ys=`query Ladder($channel: String!) {
  referralTiers(channel: $channel) { ${zs} }
  referralMilestones(channel: $channel) { ${Qs} }
}`,Xs=`mutation TierCreate($channel: String!, $input: ReferralTierInput!, $pay: Boolean) {
  referralTierCreate(channel: $channel, input: $input, payEntryRewards: $pay) { tier { id } placement { ${Qe} } ${P} }
}`,Zs=`mutation TierUpdate($id: ID!, $input: ReferralTierInput!, $pay: Boolean, $reason: String) {
  referralTierUpdate(id: $id, input: $input, payEntryRewards: $pay, reason: $reason) { tier { id } placement { ${Qe} } ${P} }
}`,eo=`mutation TierDelete($id: ID!, $reason: String!) {
  referralTierDelete(id: $id, reason: $reason) { membersMoved ${P} }
}`,to=`mutation MilestoneCreate($channel: String!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneCreate(channel: $channel, input: $input, payBonuses: $pay) { milestone { id } placement { ${Qe} } ${P} }
}`,ro=`mutation MilestoneUpdate($id: ID!, $input: ReferralMilestoneInput!, $pay: Boolean) {
  referralMilestoneUpdate(id: $id, input: $input, payBonuses: $pay) { milestone { id } placement { ${Qe} } ${P} }
}`,no=`mutation MilestoneDelete($id: ID!) { referralMilestoneDelete(id: $id) { deleted ${P} } }`,ao=`query Placement($id: ID!) { referralTierPlacement(id: $id) { ${Qe} } }`,so=`query TierHistory($channel: String!, $email: String!) {
  referralTierHistory(channel: $channel, advocateEmail: $email) {
    advocateEmail demoteAfter tier { name }
    changes { kind fromTier toTier convertedReferrals reason createdAt }
  }
}`,wt=(e,t)=>(e&&e.translations||[]).find(r=>r.language===t)?.name||"",oo=[["","—"],["VOUCHER",null],["STORE_CREDIT",null]],Hn=()=>oo.map(([e,t])=>[e,t||S("kind",e)]);function io(e){return{name:e?.name||"",name_fa:wt(e,"fa"),name_ar:wt(e,"ar"),rank:e?.rank??"",minReferrals:e?.minReferrals??"",minRevenue:e?.minRevenue?.amount??"",window:e?.window||"LIFETIME",windowDays:e?.windowDays??"",rewardMultiplier:e?.rewardMultiplier??"",rewardFixed:e?.rewardFixed?.amount??"",entryKind:e?.entryReward?.type||"",entryAmount:e?.entryReward?.amount?.amount??"",memberDiscountPercent:e?.memberDiscountPercent??"",earlyAccessCollections:(e?.earlyAccessCollections||[]).join(", "),earlyAccessUntil:ce(e?.earlyAccessUntil),reason:"",pay:!1}}function lo(e){return{name:e.name,translations:Je(e,"name"),rank:le(e.rank),minReferrals:le(e.minReferrals),minRevenue:j(e.minRevenue),window:e.window,windowDays:le(e.windowDays),rewardMultiplier:j(e.rewardMultiplier),rewardFixed:j(e.rewardFixed),entryReward:e.entryKind?{type:e.entryKind,amount:j(e.entryAmount)??0}:null,memberDiscountPercent:j(e.memberDiscountPercent),earlyAccessCollections:e.earlyAccessCollections.split(",").map(t=>t.trim()).filter(Boolean),earlyAccessUntil:J(e.earlyAccessUntil)}}var co=["name","translations","rank","minReferrals","minRevenue","window","windowDays","rewardMultiplier","rewardFixed","entryReward","memberDiscountPercent","earlyAccessCollections","earlyAccessUntil","reason"];function uo({placement:e}){let t=x(),[r,n]=y(e);return z(()=>{if(n(e),!e)return;let s,o=async()=>{try{let i=await t.gql(ao,{id:e.id});n(i.referralTierPlacement),i.referralTierPlacement&&!i.referralTierPlacement.finishedAt&&(s=setTimeout(o,1500))}catch{}};return e.finishedAt||(s=setTimeout(o,1500)),()=>clearTimeout(s)},[e&&e.id]),r?l`<p class="notice placement" role="status">
    ${a("tiers.placement",{done:r.done,total:r.total})}
    <progress max=${r.total||1} value=${r.done}></progress>
    ${r.finishedAt?a("tiers.placementDone"):""}
  </p>`:null}function Un({tier:e,onDone:t,onCancel:r}){let n=x(),s=K(io(e)),o=N(Xs,"referralTierCreate"),i=N(Zs,"referralTierUpdate"),m=e?i:o,{values:u,set:c}=s;async function p(f){f.preventDefault();let $={input:lo(u),pay:u.pay},_=e?await i.run({...$,id:e.id,reason:u.reason||null}):await o.run({...$,channel:n.channel});_&&t(_.placement)}let d=m.errors;return l`<form class="entity-form" name="tier" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.rank")} name="rank" errors=${d}><${w} name="rank" type="number" value=${u.rank} set=${c} /><//>
      <${v} label=${a("tiers.minReferrals")} name="minReferrals" errors=${d}><${w} name="minReferrals" type="number" value=${u.minReferrals} set=${c} /><//>
      <${v} label=${a("tiers.minRevenue")} name="minRevenue" errors=${d}><${w} name="minRevenue" type="number" step="any" value=${u.minRevenue} set=${c} /><//>
      <${v} label=${a("tiers.window")} name="window" errors=${d}>
        <${Q} name="window" value=${u.window} set=${c} options=${["LIFETIME","ROLLING","CALENDAR_YEAR"].map(f=>[f,S("window",f)])} />
      <//>
      <${v} label=${a("tiers.windowDays")} name="windowDays" errors=${d}><${w} name="windowDays" type="number" value=${u.windowDays} set=${c} /><//>
      <${v} label=${a("tiers.rewardMultiplier")} name="rewardMultiplier" errors=${d}><${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} /><//>
      <${v} label=${a("tiers.rewardFixed")} name="rewardFixed" errors=${d}><${w} name="rewardFixed" type="number" step="any" value=${u.rewardFixed} set=${c} /><//>
      <${v} label=${a("tiers.entryReward")} name="entryReward" errors=${d}>
        <span class="pair">
          <${Q} name="entryKind" value=${u.entryKind} set=${c} options=${Hn()} />
          <${w} name="entryAmount" type="number" step="any" value=${u.entryAmount} set=${c} />
        </span>
      <//>
      <${v} label=${a("tiers.memberDiscount")} name="memberDiscountPercent" errors=${d}><${w} name="memberDiscountPercent" type="number" step="any" value=${u.memberDiscountPercent} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccess")} name="earlyAccessCollections" errors=${d} hint=${a("tiers.earlyAccessHint")}><${w} name="earlyAccessCollections" value=${u.earlyAccessCollections} set=${c} /><//>
      <${v} label=${a("tiers.earlyAccessUntil")} name="earlyAccessUntil" errors=${d}><${w} name="earlyAccessUntil" type="datetime-local" value=${u.earlyAccessUntil} set=${c} /><//>
      ${e&&l`<${v} label=${a("tiers.reason")} name="reason" errors=${d} hint=${a("tiers.reasonHint")}><${w} name="reason" value=${u.reason} set=${c} /><//>`}
    </div>
    <${ve} name="pay" value=${u.pay} set=${c} text=${a("tiers.payEntryRewards")} />
    <${H} errors=${d} fields=${co} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("tiers.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function po({tier:e,onDone:t}){let[r,n]=y(""),s=N(eo,"referralTierDelete");return l`<form class="inline-form" onSubmit=${async o=>{o.preventDefault();let i=await s.run({id:e.id,reason:r});i&&t(i.membersMoved)}}>
    <${v} label=${a("tiers.deleteReason")} name="reason" errors=${s.errors}>
      <input name="reason" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reason"]} />
    <button type="submit" class="danger">${a("delete")}</button>
  </form>`}function mo(e){return{slug:e?.slug||"",name:e?.name||"",name_fa:wt(e,"fa"),name_ar:wt(e,"ar"),referrals:e?.referrals??"",bonusKind:e?.bonus?.type||"",bonusAmount:e?.bonus?.amount?.amount??"",pay:!1}}function Mn({milestone:e,onDone:t,onCancel:r}){let n=x(),s=K(mo(e)),o=N(to,"referralMilestoneCreate"),i=N(ro,"referralMilestoneUpdate"),m=e?i:o,{values:u,set:c}=s;async function p(f){f.preventDefault();let $={slug:u.slug,name:u.name,translations:Je(u,"name"),referrals:le(u.referrals),bonus:u.bonusKind?{type:u.bonusKind,amount:j(u.bonusAmount)??0}:null},_=e?await i.run({id:e.id,input:$,pay:u.pay}):await o.run({channel:n.channel,input:$,pay:u.pay});_&&t(_.placement)}let d=m.errors;return l`<form class="entity-form" name="milestone" onSubmit=${p} noValidate>
    <div class="form-grid">
      <${v} label=${a("milestones.slug")} name="slug" errors=${d}><${w} name="slug" value=${u.slug} set=${c} /><//>
      <${v} label=${a("tiers.name")} name="name" errors=${d}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${d}><${w} name="name_fa" value=${u.name_fa} set=${c} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${u.name_ar} set=${c} dir="rtl" /><//>
      <${v} label=${a("milestones.referrals")} name="referrals" errors=${d}><${w} name="referrals" type="number" value=${u.referrals} set=${c} /><//>
      <${v} label=${a("milestones.bonus")} name="bonus" errors=${d}>
        <span class="pair">
          <${Q} name="bonusKind" value=${u.bonusKind} set=${c} options=${Hn()} />
          <${w} name="bonusAmount" type="number" step="any" value=${u.bonusAmount} set=${c} />
        </span>
      <//>
    </div>
    <${ve} name="pay" value=${u.pay} set=${c} text=${a("milestones.payBonuses")} />
    <${H} errors=${d} fields=${["slug","name","translations","referrals","bonus"]} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("milestones.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function fo(){let e=x(),[t,r]=y(""),[n,s]=y(null),[o,i]=y(null);async function m(u){u.preventDefault();try{let c=await e.gql(so,{channel:e.channel,email:t});s(c.referralTierHistory||{changes:[],none:!0}),i(null)}catch(c){i(c)}}return l`<form class="inline-form" name="tier-history" onSubmit=${m}>
      <${v} label=${a("col.advocate")} name="advocateEmail">
        <input name="advocateEmail" type="email" value=${t} onInput=${u=>r(u.target.value)} />
      <//>
      <button type="submit">${a("tiers.historyShow")}</button>
    </form>
    <${O} error=${o} />
    ${n&&(n.none?l`<${k} />`:l`<p>${a("tiers.now")}: <b>${n.tier?n.tier.name:"—"}</b>
          ${n.demoteAfter&&l`${a("list.sep")}${a("tiers.demoteAfter")} <${L} value=${n.demoteAfter} />`}</p>
        <table class="table"><thead><tr><th>${a("col.created")}</th><th>${a("col.kind")}</th><th>${a("tiers.fromTo")}</th><th>${a("tiers.converted")}</th><th>${a("col.reason")}</th></tr></thead>
        <tbody>${n.changes.map(u=>l`<tr>
          <td><${L} value=${u.createdAt} /></td><td>${S("tierChange",u.kind)}</td>
          <td>${u.fromTier||"—"} ${Pe()} ${u.toTier||"—"}</td><td class="num">${T(u.convertedReferrals)}</td>
          <td class="muted">${u.reason}</td></tr>`)}</tbody></table>`)}`}function Wn(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(Ys,{channel:e.channel}),[o,i]=y(null),[m,u]=y(null),[c,p]=y(null),[d,f]=y(null),$=h=>b=>{i(null),u(null),p(b||null),f(h),s()};if(n&&!t)return l`<h1>${a("nav.tiers")}</h1><${M} />`;if(r)return l`<h1>${a("nav.tiers")}</h1><${O} error=${r} />`;let _=h=>[h.rewardMultiplier&&`×${T(h.rewardMultiplier)}`,h.rewardFixed&&D(h.rewardFixed),h.entryReward&&`${a("tiers.entryReward")}: ${D(h.entryReward.amount)}`,h.memberDiscountPercent&&`${T(h.memberDiscountPercent)}%`,h.earlyAccessCollections.length&&a("tiers.earlyAccess")].filter(Boolean).join(a("list.sep"));return l`<h1>${a("nav.tiers")}</h1>
    ${d&&l`<p class="notice" role="status">${d}</p>`}
    <${uo} placement=${c} />
    <${I} title=${a("tiers.ladder")} id="tiers">
      ${t.referralTiers.length?l`<table class="table tiers-table"><thead><tr>
            <th>${a("tiers.rank")}</th><th>${a("tiers.name")}</th><th>${a("tiers.rule")}</th><th>${a("tiers.perks")}</th><th></th>
          </tr></thead><tbody>
          ${t.referralTiers.map(h=>l`<tr data-id=${h.id}>
              <td class="num">${T(h.rank)}</td><td>${h.name}</td>
              <td>${a("tiers.ruleText",{count:h.minReferrals,window:S("window",h.window)})}
                ${h.minRevenue?l`${a("list.sep")}${D(h.minRevenue)}`:""}</td>
              <td>${_(h)}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="delete" onClick=${()=>u(m===h.id?null:h.id)}>${a("delete")}</button>
              </td>
            </tr>
            ${o===h.id&&l`<tr class="expanded"><td colspan="5"><${Un} tier=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===h.id&&l`<tr class="expanded"><td colspan="5"><${po} tier=${h} onDone=${b=>$(a("tiers.deleted",{count:b||0}))()} /></td></tr>`}`)}
          </tbody></table>`:l`<${k} text=${a("tiers.none")} />`}
    <//>
    <${I} title=${a("tiers.new")} id="new-tier">
      <${Un} key=${`new-${t.referralTiers.length}`} onDone=${$(a("tiers.created"))} />
    <//>
    <${I} title=${a("milestones.title")} id="milestones">
      ${t.referralMilestones.length?l`<table class="table milestones-table"><thead><tr>
            <th>${a("milestones.referrals")}</th><th>${a("tiers.name")}</th><th>${a("milestones.bonus")}</th><th></th></tr></thead><tbody>
            ${t.referralMilestones.map(h=>l`<tr data-id=${h.id}>
                <td class="num">${T(h.referrals)}</td><td>${h.name} <small class="muted">${h.slug}</small></td>
                <td>${h.bonus?`${S("kind",h.bonus.type)} ${D(h.bonus.amount)}`:"—"}</td>
                <td class="row-actions">
                  <button type="button" class="secondary" name="edit" onClick=${()=>i(o===h.id?null:h.id)}>${a("edit")}</button>
                  <${$o} milestone=${h} onDone=${$(a("deleted"))} />
                </td>
              </tr>
              ${o===h.id&&l`<tr class="expanded"><td colspan="4"><${Mn} milestone=${h} onDone=${$(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${k} />`}
      <h3>${a("milestones.new")}</h3>
      <${Mn} key=${`new-m-${t.referralMilestones.length}`} onDone=${$(a("milestones.created"))} />
    <//>
    <${I} title=${a("tiers.history")} id="tier-history"><${fo} /><//>`}function $o({milestone:e,onDone:t}){let r=N(no,"referralMilestoneDelete");return l`<button type="button" class="secondary" name="delete" disabled=${r.busy}
    onClick=${async()=>{if(!confirm(a("confirmDelete")))return;await r.run({id:e.id})&&t()}}>${a("delete")}</button>`}var ho=`id name state startsAt endsAt imageUrl copy { language title description }
  friendOffer { type value currency minSpent { amount currency } }
  advocateReward { amount { amount currency } multiplier }
  switches { kind reason createdAt }
  results { referrals converted referredRevenue { amount currency } rewardCost { amount currency } }`,vo=`query Campaigns($channel: String!) { referralCampaigns(channel: $channel) { ${ho} } }`,go=`mutation CampaignCreate($channel: String!, $input: ReferralCampaignInput!) {
  referralCampaignCreate(channel: $channel, input: $input) { campaign { id } ${P} }
}`,_o=`mutation CampaignUpdate($channel: String, $id: ID!, $input: ReferralCampaignInput!) {
  referralCampaignUpdate(channel: $channel, id: $id, input: $input) { campaign { id } ${P} }
}`,lr=["en","fa","ar"],yo=["name","copy","imageUrl","startsAt","endsAt","friendOffer","advocateReward"];function wo(e){let t=Object.fromEntries((e?.copy||[]).map(n=>[n.language,n])),r={name:e?.name||"",imageUrl:e?.imageUrl||"",startsAt:ce(e?.startsAt),endsAt:ce(e?.endsAt),offerType:e?.friendOffer?.type||"",offerValue:e?.friendOffer?.value??"",offerMinSpent:e?.friendOffer?.minSpent?.amount??"",rewardAmount:e?.advocateReward?.amount?.amount??"",rewardMultiplier:e?.advocateReward?.multiplier??""};for(let n of lr)r[`title_${n}`]=t[n]?.title||"",r[`description_${n}`]=t[n]?.description||"";return r}function Vn(e){return{name:e.name,copy:lr.filter(t=>e[`title_${t}`].trim()).map(t=>({language:t,title:e[`title_${t}`].trim(),description:e[`description_${t}`]})),imageUrl:e.imageUrl||null,startsAt:J(e.startsAt),endsAt:J(e.endsAt),friendOffer:e.offerType?{type:e.offerType,value:j(e.offerValue),minSpent:j(e.offerMinSpent)}:null,advocateReward:e.rewardAmount!==""||e.rewardMultiplier!==""?{amount:j(e.rewardAmount),multiplier:j(e.rewardMultiplier)}:null}}function Bn({campaign:e,onDone:t,onCancel:r}){let n=x(),s=K(wo(e)),o=N(go,"referralCampaignCreate"),i=N(_o,"referralCampaignUpdate"),m=e?i:o,{values:u,set:c}=s,p=m.errors;async function d(f){f.preventDefault(),(e?await i.run({channel:n.channel,id:e.id,input:Vn(u)}):await o.run({channel:n.channel,input:Vn(u)}))&&t()}return l`<form class="entity-form" name="campaign" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("campaigns.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("campaigns.startsAt")} name="startsAt" errors=${p}><${w} name="startsAt" type="datetime-local" value=${u.startsAt} set=${c} /><//>
      <${v} label=${a("campaigns.endsAt")} name="endsAt" errors=${p}><${w} name="endsAt" type="datetime-local" value=${u.endsAt} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
    </div>
    <fieldset class="form-grid" data-field="copy">
      <legend>${a("campaigns.copy")}</legend>
      ${lr.map(f=>l`
        <${v} label=${`${a("campaigns.title")} (${a(`language.${f}`)})`} name=${f==="en"?"copy":`title_${f}`} errors=${f==="en"?p:[]}>
          <${w} name=${`title_${f}`} value=${u[`title_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>
        <${v} label=${`${a("campaigns.description")} (${a(`language.${f}`)})`} name=${`description_${f}`}>
          <${w} name=${`description_${f}`} value=${u[`description_${f}`]} set=${c} dir=${f==="en"?"ltr":"rtl"} />
        <//>`)}
    </fieldset>
    <div class="form-grid">
      <${v} label=${a("campaigns.friendOffer")} name="friendOffer" errors=${p}>
        <span class="pair">
          <${Q} name="offerType" value=${u.offerType} set=${c}
            options=${[["",a("campaigns.programOffer")],...["PERCENTAGE","FIXED","FREE_SHIPPING"].map(f=>[f,S("discount",f)])]} />
          <${w} name="offerValue" type="number" step="any" value=${u.offerValue} set=${c} placeholder=${a("campaigns.value")} />
          <${w} name="offerMinSpent" type="number" step="any" value=${u.offerMinSpent} set=${c} placeholder=${a("campaigns.minSpent")} />
        </span>
      <//>
      <${v} label=${a("campaigns.advocateReward")} name="advocateReward" errors=${p}>
        <span class="pair">
          <${w} name="rewardAmount" type="number" step="any" value=${u.rewardAmount} set=${c} placeholder=${a("campaigns.amount")} />
          <${w} name="rewardMultiplier" type="number" step="any" value=${u.rewardMultiplier} set=${c} placeholder=${a("campaigns.multiplier")} />
        </span>
      <//>
    </div>
    <${H} errors=${p} fields=${yo} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("campaigns.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Gn(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(vo,{channel:e.channel}),[o,i]=y(null),[m,u]=y(null),c=p=>()=>{i(null),u(p),s()};return n&&!t?l`<h1>${a("nav.campaigns")}</h1><${M} />`:r?l`<h1>${a("nav.campaigns")}</h1><${O} error=${r} />`:l`<h1>${a("nav.campaigns")}</h1>
    ${m&&l`<p class="notice" role="status">${m}</p>`}
    <${I} title=${a("nav.campaigns")} id="campaigns">
      ${t.referralCampaigns.length?l`<table class="table campaigns-table"><thead><tr>
            <th>${a("campaigns.name")}</th><th>${a("col.status")}</th><th>${a("campaigns.window")}</th>
            <th>${a("campaigns.results")}</th><th></th></tr></thead><tbody>
          ${t.referralCampaigns.map(p=>l`<tr data-id=${p.id}>
              <td>${p.name}</td>
              <td><${X} value=${p.state} /></td>
              <td><${L} value=${p.startsAt} /> – <${L} value=${p.endsAt} /></td>
              <td>${p.results?l`${a("campaigns.resultsText",{referrals:p.results.referrals,converted:p.results.converted})}<br />
                  <small>${D(p.results.referredRevenue)} / ${D(p.results.rewardCost)}</small>`:"—"}</td>
              <td class="row-actions">${p.state!=="ENDED"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button>`}</td>
            </tr>
            ${o===p.id&&l`<tr class="expanded"><td colspan="5">
              <${Bn} campaign=${p} onDone=${c(a("saved"))} onCancel=${()=>i(null)} />
              ${p.switches&&p.switches.length>0&&l`<h3>${a("campaigns.switches")}</h3>
                <ul class="plain">${p.switches.map(d=>l`<li><${L} value=${d.createdAt} /> ${S("switch",d.kind)} <span class="muted">${d.reason}</span></li>`)}</ul>`}
            </td></tr>`}`)}
          </tbody></table>`:l`<${k} text=${a("campaigns.none")} />`}
    <//>
    <${I} title=${a("campaigns.new")} id="new-campaign">
      <${Bn} key=${`new-${t.referralCampaigns.length}`} onDone=${c(a("campaigns.created"))} />
    <//>`}var bo=`id method position kind amount { amount currency } description winnerName winnerEmail
  winnerReferrals rewardStatus fulfilledAt fulfilledBy`,Eo=`id name translations { language name } startsAt endsAt decideAfter minReferrals state seed decidedAt decidedBy
  entrants prizeCost { amount currency } referredRevenue { amount currency } prizes { ${bo} }`,Ro=`query Contests($channel: String!) { referralContests(channel: $channel) { ${Eo} } }`,Co=`query Standings($channel: String!, $contest: ID!) {
  referralLeaderboard(channel: $channel, contest: $contest, first: 20) { rank name convertedReferrals }
}`,Ao=`mutation ContestCreate($channel: String!, $input: ReferralContestInput!) {
  referralContestCreate(channel: $channel, input: $input) { contest { id } ${P} }
}`,So=`mutation ContestUpdate($channel: String, $id: ID!, $input: ReferralContestInput!) {
  referralContestUpdate(channel: $channel, id: $id, input: $input) { contest { id } ${P} }
}`,xo=`mutation ContestDecide($channel: String, $id: ID!, $seed: String) {
  referralContestDecide(channel: $channel, id: $id, seed: $seed) { contest { id state } ${P} }
}`,Do=`mutation PrizeFulfil($channel: String, $id: ID!, $note: String) {
  referralContestPrizeFulfil(channel: $channel, id: $id, note: $note) { prize { id fulfilledAt } ${P} }
}`,Io=["name","translations","startsAt","endsAt","minReferrals","prizes"],qn=()=>({method:"RANK",kind:"VOUCHER",amount:"",description:""}),Kn=(e,t)=>(e?.translations||[]).find(r=>r.language===t)?.name||"";function jn({contest:e,onDone:t,onCancel:r}){let n=x(),s=K({name:e?.name||"",name_fa:Kn(e,"fa"),name_ar:Kn(e,"ar"),startsAt:ce(e?.startsAt),endsAt:ce(e?.endsAt),minReferrals:e?.minReferrals??""}),[o,i]=y(e?e.prizes.map(h=>({method:h.method,kind:h.kind,amount:h.amount.amount,description:h.description})):[qn()]),m=N(Ao,"referralContestCreate"),u=N(So,"referralContestUpdate"),c=e?u:m,{values:p,set:d}=s,f=c.errors,$=(h,b,g)=>i(o.map((E,F)=>F===h?{...E,[b]:g}:E));async function _(h){h.preventDefault();let b={name:p.name,translations:Je(p,"name"),startsAt:J(p.startsAt),endsAt:J(p.endsAt),minReferrals:le(p.minReferrals),prizes:o.map(E=>({method:E.method,kind:E.kind,amount:j(E.amount),description:E.description}))};(e?await u.run({channel:n.channel,id:e.id,input:b}):await m.run({channel:n.channel,input:b}))&&t()}return l`<form class="entity-form" name="contest" onSubmit=${_} noValidate>
    <div class="form-grid">
      <${v} label=${a("contests.name")} name="name" errors=${f}><${w} name="name" value=${p.name} set=${d} /><//>
      <${v} label=${a("tiers.nameFa")} name="translations" errors=${f}><${w} name="name_fa" value=${p.name_fa} set=${d} dir="rtl" /><//>
      <${v} label=${a("tiers.nameAr")} name="name_ar"><${w} name="name_ar" value=${p.name_ar} set=${d} dir="rtl" /><//>
      <${v} label=${a("campaigns.startsAt")} name="startsAt" errors=${f}><${w} name="startsAt" type="datetime-local" value=${p.startsAt} set=${d} /><//>
      <${v} label=${a("campaigns.endsAt")} name="endsAt" errors=${f}><${w} name="endsAt" type="datetime-local" value=${p.endsAt} set=${d} /><//>
      <${v} label=${a("contests.minReferrals")} name="minReferrals" errors=${f}><${w} name="minReferrals" type="number" value=${p.minReferrals} set=${d} /><//>
    </div>
    <${v} label=${a("contests.prizes")} name="prizes" errors=${f}>
      <div class="prizes">
        ${o.map((h,b)=>l`<div class="pair prize" data-prize=${b}>
          <select name=${`prize-method-${b}`} onChange=${g=>$(b,"method",g.target.value)}>
            ${["RANK","DRAW"].map(g=>l`<option value=${g} selected=${h.method===g}>${S("method",g)}</option>`)}
          </select>
          <select name=${`prize-kind-${b}`} onChange=${g=>$(b,"kind",g.target.value)}>
            ${["VOUCHER","STORE_CREDIT","PHYSICAL"].map(g=>l`<option value=${g} selected=${h.kind===g}>${S("kind",g)}</option>`)}
          </select>
          <input name=${`prize-amount-${b}`} type="number" step="any" placeholder=${a("campaigns.amount")} value=${h.amount} onInput=${g=>$(b,"amount",g.target.value)} />
          <input name=${`prize-description-${b}`} placeholder=${a("contests.description")} value=${h.description} onInput=${g=>$(b,"description",g.target.value)} />
          <button type="button" class="secondary" onClick=${()=>i(o.filter((g,E)=>E!==b))}>×</button>
        </div>`)}
        <button type="button" class="secondary" name="add-prize" onClick=${()=>i([...o,qn()])}>${a("contests.addPrize")}</button>
      </div>
    <//>
    <${H} errors=${f} fields=${Io} />
    <div class="actions">
      <button type="submit" disabled=${c.busy}>${e?a("save"):a("contests.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function ko({contest:e}){let t=x(),{data:r,error:n,loading:s}=U(Co,{channel:t.channel,contest:e.id},[e.id]);if(s)return l`<${M} />`;if(n)return l`<${O} error=${n} />`;let o=r.referralLeaderboard||[];return o.length?l`<ol class="leaderboard standings">${o.map(i=>l`<li><span>${i.name||a("anonymous")}</span><b class="num">${T(i.convertedReferrals)}</b></li>`)}</ol>`:l`<${k} />`}function To({contest:e,onDone:t}){let r=x(),[n,s]=y(""),o=N(xo,"referralContestDecide");return l`<form class="inline-form" name="decide" onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,seed:n||null})&&t()}}>
    <${v} label=${a("contests.seed")} name="seed" errors=${o.errors} hint=${a("contests.seedHint")}>
      <input name="seed" value=${n} onInput=${i=>s(i.target.value)} />
    <//>
    <${H} errors=${o.errors} fields=${["seed"]} />
    <button type="submit" name="decide" disabled=${o.busy}>${a("contests.decide")}</button>
  </form>`}function Po({prize:e,onDone:t}){let r=x(),[n,s]=y(""),o=N(Do,"referralContestPrizeFulfil");return l`<form class="inline-form fulfil-form" data-prize=${e.id} onSubmit=${async i=>{i.preventDefault(),await o.run({channel:r.channel,id:e.id,note:n||null})&&t()}}>
    <input name="note" placeholder=${a("contests.note")} value=${n} onInput=${i=>s(i.target.value)} />
    <button type="submit" name="fulfil" disabled=${o.busy}>${a("contests.fulfil")}</button>
    <${H} errors=${o.errors} fields=${[]} />
  </form>`}function No({contest:e,onChanged:t}){return l`<table class="table prizes-table"><thead><tr>
    <th>#</th><th>${a("contests.method")}</th><th>${a("col.kind")}</th><th>${a("col.amount")}</th><th>${a("contests.winner")}</th><th>${a("contests.fulfilled")}</th></tr></thead>
    <tbody>${e.prizes.map(r=>l`<tr data-id=${r.id}>
      <td class="num">${T(r.position)}</td><td>${S("method",r.method)}</td>
      <td>${S("kind",r.kind)} <small class="muted">${r.description}</small></td>
      <td>${D(r.amount)}</td>
      <td>${r.winnerEmail?l`${r.winnerName||""} <small>${r.winnerEmail}</small>${a("list.sep")}${T(r.winnerReferrals)}`:"—"}</td>
      <td>${r.fulfilledAt?l`<${L} value=${r.fulfilledAt} /> <small class="muted">${r.fulfilledBy}</small>`:r.kind==="PHYSICAL"&&r.winnerEmail?l`<${Po} prize=${r} onDone=${t} />`:r.rewardStatus?S("status",r.rewardStatus.toUpperCase()):"—"}</td>
    </tr>`)}</tbody></table>`}function Jn(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(Ro,{channel:e.channel}),[o,i]=y(null),[m,u]=y(null),[c,p]=y(null),d=f=>()=>{u(null),p(f),s()};return n&&!t?l`<h1>${a("nav.contests")}</h1><${M} />`:r?l`<h1>${a("nav.contests")}</h1><${O} error=${r} />`:l`<h1>${a("nav.contests")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.contests")} id="contests">
      ${t.referralContests.length?l`<ul class="contest-list">${t.referralContests.map(f=>l`<li class="card contest" data-id=${f.id}>
            <header class="queue-head">
              <b>${f.name}</b> <${X} value=${f.state} />
              <span><${L} value=${f.startsAt} /> – <${L} value=${f.endsAt} /></span>
              <span class="muted">${a("contests.threshold",{count:f.minReferrals})}</span>
              ${f.entrants!==null&&l`<span>${a("contests.entrants",{count:f.entrants})}</span>`}
              ${f.prizeCost&&l`<span>${D(f.prizeCost)} / ${D(f.referredRevenue)}</span>`}
              <button type="button" class="secondary" name="open" onClick=${()=>i(o===f.id?null:f.id)}>${a("contests.details")}</button>
              ${f.state==="OPEN"&&l`<button type="button" class="secondary" name="edit" onClick=${()=>u(m===f.id?null:f.id)}>${a("edit")}</button>`}
            </header>
            ${m===f.id&&l`<${jn} contest=${f} onDone=${d(a("saved"))} onCancel=${()=>u(null)} />`}
            ${o===f.id&&l`<div class="details">
              <div><h3>${a("contests.standings")}</h3><${ko} contest=${f} /></div>
              <div><h3>${a("contests.prizes")}</h3><${No} contest=${f} onChanged=${d(a("contests.fulfilledNotice"))} />
                ${f.state==="OPEN"?l`<${To} contest=${f} onDone=${d(a("contests.decided"))} />`:l`<p class="muted">${a("contests.decidedBy",{who:f.decidedBy||"",seed:f.seed||""})}</p>`}
              </div>
            </div>`}
          </li>`)}</ul>`:l`<${k} text=${a("contests.none")} />`}
    <//>
    <${I} title=${a("contests.new")} id="new-contest">
      <${jn} key=${`new-${t.referralContests.length}`} onDone=${d(a("contests.created"))} />
    <//>`}var Fo=`id name description url imageUrl goal { amount currency } donatePerReferral { amount currency } isActive
  raised { amount currency } pending { amount currency } paidOut { amount currency } shortfall { amount currency } donations progress`,Oo=`query Causes($channel: String!) { referralCauses(channel: $channel) { ${Fo} } }`,Lo=`mutation CauseCreate($channel: String!, $input: ReferralCauseInput!) {
  referralCauseCreate(channel: $channel, input: $input) { cause { id } ${P} }
}`,Uo=`mutation CauseUpdate($id: ID!, $input: ReferralCauseInput!) {
  referralCauseUpdate(id: $id, input: $input) { cause { id } ${P} }
}`,Mo=`mutation Payout($cause: ID!, $reference: String) {
  referralDonationPayoutRecord(cause: $cause, reference: $reference) {
    payout { amount { amount currency } reference donations createdAt } ${P}
  }
}`,Ho=["name","description","url","imageUrl","goal","donatePerReferral","isActive"];function zn({cause:e,onDone:t,onCancel:r}){let n=x(),s=K({name:e?.name||"",description:e?.description||"",url:e?.url||"",imageUrl:e?.imageUrl||"",goal:e?.goal?.amount??"",donatePerReferral:e?.donatePerReferral?.amount??"",isActive:e?e.isActive:!0}),o=N(Lo,"referralCauseCreate"),i=N(Uo,"referralCauseUpdate"),m=e?i:o,{values:u,set:c}=s,p=m.errors;async function d(f){f.preventDefault();let $={name:u.name,description:u.description,url:u.url||null,imageUrl:u.imageUrl||null,goal:j(u.goal),donatePerReferral:j(u.donatePerReferral),isActive:u.isActive};(e?await i.run({id:e.id,input:$}):await o.run({channel:n.channel,input:$}))&&t()}return l`<form class="entity-form" name="cause" onSubmit=${d} noValidate>
    <div class="form-grid">
      <${v} label=${a("causes.name")} name="name" errors=${p}><${w} name="name" value=${u.name} set=${c} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${p}><${w} name="description" value=${u.description} set=${c} /><//>
      <${v} label=${a("causes.url")} name="url" errors=${p}><${w} name="url" type="url" value=${u.url} set=${c} /><//>
      <${v} label=${a("campaigns.imageUrl")} name="imageUrl" errors=${p}><${w} name="imageUrl" type="url" value=${u.imageUrl} set=${c} /><//>
      <${v} label=${a("causes.goal")} name="goal" errors=${p}><${w} name="goal" type="number" step="any" value=${u.goal} set=${c} /><//>
      <${v} label=${a("causes.perReferral")} name="donatePerReferral" errors=${p}><${w} name="donatePerReferral" type="number" step="any" value=${u.donatePerReferral} set=${c} /><//>
    </div>
    <${ve} name="isActive" value=${u.isActive} set=${c} text=${a("active")} />
    <${H} errors=${p} fields=${Ho} />
    <div class="actions">
      <button type="submit" disabled=${m.busy}>${e?a("save"):a("causes.create")}</button>
      ${r&&l`<button type="button" class="secondary" onClick=${r}>${a("cancel")}</button>`}
    </div>
  </form>`}function Wo({cause:e,onDone:t}){let[r,n]=y(""),s=N(Mo,"referralDonationPayoutRecord");return l`<form class="inline-form payout-form" data-cause=${e.id} onSubmit=${async o=>{o.preventDefault();let i=await s.run({cause:e.id,reference:r||null});i&&t(i.payout)}}>
    <${v} label=${a("causes.reference")} name="reference" errors=${s.errors}>
      <input name="reference" value=${r} onInput=${o=>n(o.target.value)} />
    <//>
    <${H} errors=${s.errors} fields=${["reference"]} />
    <button type="submit" name="payout" disabled=${s.busy}>${a("causes.recordPayout")}</button>
  </form>`}function Qn(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(Oo,{channel:e.channel}),[o,i]=y(null),[m,u]=y(null),[c,p]=y(null),d=f=>()=>{i(null),u(null),p(f),s()};return n&&!t?l`<h1>${a("nav.causes")}</h1><${M} />`:r?l`<h1>${a("nav.causes")}</h1><${O} error=${r} />`:l`<h1>${a("nav.causes")}</h1>
    ${c&&l`<p class="notice" role="status">${c}</p>`}
    <${I} title=${a("nav.causes")} id="causes">
      ${t.referralCauses.length?l`<table class="table causes-table"><thead><tr>
            <th>${a("causes.name")}</th><th>${a("causes.raised")}</th><th>${a("causes.pending")}</th><th>${a("causes.paidOut")}</th>
            <th>${a("causes.shortfall")}</th><th>${a("causes.donations")}</th><th>${a("causes.progress")}</th><th></th></tr></thead><tbody>
          ${t.referralCauses.map(f=>l`<tr data-id=${f.id}>
              <td>${f.name}${f.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td class="num">${D(f.raised)}</td><td class="num">${D(f.pending)}</td>
              <td class="num" data-field="paidOut">${D(f.paidOut)}</td><td class="num">${D(f.shortfall)}</td>
              <td class="num">${T(f.donations)}</td>
              <td>${f.progress===null?"—":l`<progress max="1" value=${Math.min(f.progress,1)}></progress> ${$e(f.progress)}`}</td>
              <td class="row-actions">
                <button type="button" class="secondary" name="edit" onClick=${()=>i(o===f.id?null:f.id)}>${a("edit")}</button>
                <button type="button" class="secondary" name="open-payout" onClick=${()=>u(m===f.id?null:f.id)}>${a("causes.recordPayout")}…</button>
              </td>
            </tr>
            ${o===f.id&&l`<tr class="expanded"><td colspan="8"><${zn} cause=${f} onDone=${d(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}
            ${m===f.id&&l`<tr class="expanded"><td colspan="8">
              <p class="muted">${a("causes.payoutIntro",{amount:D(f.pending)})}</p>
              <${Wo} cause=${f} onDone=${$=>d(a("causes.paid",{amount:D($.amount)}))()} />
            </td></tr>`}`)}
          </tbody></table>`:l`<${k} text=${a("causes.none")} />`}
    <//>
    <${I} title=${a("causes.new")} id="new-cause">
      <${zn} key=${`new-${t.referralCauses.length}`} onDone=${d(a("causes.created"))} />
    <//>`}var Vo=`id name description startsAt capacity seatsLeft minTier { id name } guestPassesPerMember isActive
  cost { amount currency } invitedMembers passesRedeemed`,Bo=`query Events($channel: String!) {
  referralEvents(channel: $channel) { ${Vo} }
  referralTiers(channel: $channel) { id name }
}`,Go=`mutation EventCreate($channel: String!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventCreate(channel: $channel, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,qo=`mutation EventUpdate($id: ID!, $input: ReferralEventInput!, $invite: Boolean) {
  referralEventUpdate(id: $id, input: $input, inviteMembers: $invite) { event { id } ${P} }
}`,Ko=["name","description","startsAt","capacity","minTier","guestPassesPerMember","cost","isActive"];function Yn({event:e,tiers:t,onDone:r,onCancel:n}){let s=x(),o=K({name:e?.name||"",description:e?.description||"",startsAt:ce(e?.startsAt),capacity:e?.capacity??"",minTier:e?.minTier?.id||"",guestPassesPerMember:e?.guestPassesPerMember??"",cost:e?.cost?.amount??"",isActive:e?e.isActive:!0,invite:!e}),i=N(Go,"referralEventCreate"),m=N(qo,"referralEventUpdate"),u=e?m:i,{values:c,set:p}=o,d=u.errors;async function f($){$.preventDefault();let _={name:c.name,description:c.description,startsAt:J(c.startsAt),capacity:le(c.capacity),minTier:c.minTier||null,guestPassesPerMember:le(c.guestPassesPerMember),cost:j(c.cost),isActive:c.isActive};(e?await m.run({id:e.id,input:_,invite:c.invite}):await i.run({channel:s.channel,input:_,invite:c.invite}))&&r()}return l`<form class="entity-form" name="event" onSubmit=${f} noValidate>
    <div class="form-grid">
      <${v} label=${a("events.name")} name="name" errors=${d}><${w} name="name" value=${c.name} set=${p} /><//>
      <${v} label=${a("causes.description")} name="description" errors=${d}><${w} name="description" value=${c.description} set=${p} /><//>
      <${v} label=${a("events.startsAt")} name="startsAt" errors=${d}><${w} name="startsAt" type="datetime-local" value=${c.startsAt} set=${p} /><//>
      <${v} label=${a("events.capacity")} name="capacity" errors=${d}><${w} name="capacity" type="number" value=${c.capacity} set=${p} /><//>
      <${v} label=${a("events.minTier")} name="minTier" errors=${d}>
        <${Q} name="minTier" value=${c.minTier} set=${p} options=${[["",a("events.everyone")],...t.map($=>[$.id,$.name])]} />
      <//>
      <${v} label=${a("events.passes")} name="guestPassesPerMember" errors=${d}><${w} name="guestPassesPerMember" type="number" value=${c.guestPassesPerMember} set=${p} /><//>
      <${v} label=${a("events.cost")} name="cost" errors=${d}><${w} name="cost" type="number" step="any" value=${c.cost} set=${p} /><//>
    </div>
    <${ve} name="isActive" value=${c.isActive} set=${p} text=${a("active")} />
    <${ve} name="invite" value=${c.invite} set=${p} text=${a("events.invite")} />
    <${H} errors=${d} fields=${Ko} />
    <div class="actions">
      <button type="submit" disabled=${u.busy}>${e?a("save"):a("events.create")}</button>
      ${n&&l`<button type="button" class="secondary" onClick=${n}>${a("cancel")}</button>`}
    </div>
  </form>`}function Xn(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(Bo,{channel:e.channel}),[o,i]=y(null),[m,u]=y(null),c=p=>()=>{i(null),u(p),s()};return n&&!t?l`<h1>${a("nav.events")}</h1><${M} />`:r?l`<h1>${a("nav.events")}</h1><${O} error=${r} />`:l`<h1>${a("nav.events")}</h1>
    ${m&&l`<p class="notice" role="status">${m}</p>`}
    <${I} title=${a("nav.events")} id="events">
      ${t.referralEvents.length?l`<table class="table events-table"><thead><tr>
            <th>${a("events.name")}</th><th>${a("events.startsAt")}</th><th>${a("events.seats")}</th><th>${a("events.minTier")}</th>
            <th>${a("events.invited")}</th><th>${a("events.redeemed")}</th><th>${a("events.cost")}</th><th></th></tr></thead><tbody>
          ${t.referralEvents.map(p=>l`<tr data-id=${p.id}>
              <td>${p.name}${p.isActive?"":l` <small class="muted">(${a("inactive")})</small>`}</td>
              <td><${L} value=${p.startsAt} /></td>
              <td class="num">${T(p.seatsLeft)} / ${T(p.capacity)}</td>
              <td>${p.minTier?p.minTier.name:a("events.everyone")}</td>
              <td class="num">${p.invitedMembers===null?"—":T(p.invitedMembers)}</td>
              <td class="num">${T(p.passesRedeemed)}</td>
              <td>${p.cost?D(p.cost):"—"}</td>
              <td class="row-actions"><button type="button" class="secondary" name="edit" onClick=${()=>i(o===p.id?null:p.id)}>${a("edit")}</button></td>
            </tr>
            ${o===p.id&&l`<tr class="expanded"><td colspan="8"><${Yn} event=${p} tiers=${t.referralTiers} onDone=${c(a("saved"))} onCancel=${()=>i(null)} /></td></tr>`}`)}
          </tbody></table>`:l`<${k} text=${a("events.none")} />`}
    <//>
    <${I} title=${a("events.new")} id="new-event">
      <${Yn} key=${`new-${t.referralEvents.length}`} tiers=${t.referralTiers} onDone=${c(a("events.created"))} />
    <//>`}var jo=`query Customer($channel: String!, $id: ID!) {
  referralCustomer(channel: $channel, id: $id) {
    code shareUrl memberDiscountCode tierAtRiskUntil
    stats { visits friends orders pending qualified rewarded earned { amount currency } }
    tier { name } nextTier { tier { name } referralsNeeded }
    badges { slug name earnedAt }
  }
  referrals(channel: $channel, filter: {customer: $id}, first: 50) { totalCount edges { node { ${be} } } }
  referralRewards(channel: $channel, filter: {customer: $id}, first: 50) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${yt} } }
  }
}`,Jo=`query OrderReferral($channel: String!, $order: ID!) {
  referrals(channel: $channel, filter: {order: $order}, first: 5) { totalCount edges { node { ${be} } } }
}`;function Zn(e,t,r){for(let n of t){let s=e.get(n);if(s){if(n!=="id")return s;try{if(atob(s).startsWith(`${r}:`))return s}catch{}}}return null}function zo({connection:e,onChanged:t}){let[r,n]=y(null);return e.edges.length?l`<table class="table referrals-table"><${_t} /><tbody>
    ${e.edges.map(({node:s})=>l`<${gt} referral=${s} open=${r===s.id}
        onToggle=${()=>n(r===s.id?null:s.id)}>
        <${Ee} referral=${s} />
        ${["FLAGGED","PENDING","QUALIFIED"].includes(s.status)&&l`<${Re} referral=${s} onDone=${t} />`}
      <//>`)}
  </tbody></table>`:l`<${k} />`}function bt({title:e,value:t}){return l`<div class="kpi"><span class="kpi-title">${e}</span><strong class="num">${t}</strong></div>`}function ea({query:e}){let t=x(),r=Zn(e,["customerId","customer","id"],"User"),{data:n,error:s,loading:o,reload:i}=U(jo,{channel:t.channel,id:r||""},[r]);if(!r)return l`<h1>${a("customer.title")}</h1><${k} text=${a("customer.missing")} />`;if(o&&!n)return l`<h1>${a("customer.title")}</h1><${M} />`;if(s)return l`<h1>${a("customer.title")}</h1><${O} error=${s} />`;let m=n.referralCustomer;return m?l`<h1>${a("customer.title")}</h1>
    <div class="kpis">
      <${bt} title=${a("customer.code")} value=${m.code||"—"} />
      <${bt} title=${a("col.tier")} value=${m.tier?m.tier.name:"—"} />
      <${bt} title=${a("customer.friends")} value=${T(m.stats.friends)} />
      <${bt} title=${a("customer.earned")} value=${D(m.stats.earned)} />
    </div>
    <p class="muted">
      ${a("customer.statsText",{visits:m.stats.visits,orders:m.stats.orders,pending:m.stats.pending,rewarded:m.stats.rewarded})}
      ${m.nextTier&&l`${a("list.sep")}${a("customer.nextTier",{tier:m.nextTier.tier.name,count:m.nextTier.referralsNeeded})}`}
      ${m.tierAtRiskUntil&&l`${a("list.sep")}${a("customer.atRisk")} <${L} value=${m.tierAtRiskUntil} />`}
      ${m.memberDiscountCode&&l`${a("list.sep")}${a("customer.memberCode")} <code>${m.memberDiscountCode}</code>`}
    </p>
    ${m.badges.length>0&&l`<p class="badges">${m.badges.map(u=>l`<span class="badge">${u.name}</span>`)}</p>`}
    <${I} title=${a("customer.referrals",{count:n.referrals.totalCount})} id="customer-referrals">
      <${zo} connection=${n.referrals} onChanged=${i} />
    <//>
    <${I} title=${a("customer.rewards",{count:n.referralRewards.totalCount})} id="customer-rewards">
      <${ir} connection=${n.referralRewards} onChanged=${i} />
    <//>`:l`<h1>${a("customer.title")}</h1><${k} text=${a("customer.none")} />`}function ta({query:e}){let t=x(),r=Zn(e,["orderId","order","id"],"Order"),{data:n,error:s,loading:o,reload:i}=U(Jo,{channel:t.channel,order:r||""},[r]);if(!r)return l`<h1>${a("order.title")}</h1><${k} text=${a("order.missing")} />`;if(o&&!n)return l`<h1>${a("order.title")}</h1><${M} />`;if(s)return l`<h1>${a("order.title")}</h1><${O} error=${s} />`;let m=n.referrals.edges[0]&&n.referrals.edges[0].node;return m?l`<h1>${a("order.title")}</h1>
    <div class="card order-referral" data-id=${m.id}>
      <p><${X} value=${m.status} /> ${m.statusReason}</p>
      <p>${a("col.advocate")}: <b>${m.advocateEmail}</b> (${m.code})${a("list.sep")}${a("col.friend")}: <b>${m.friendEmail||m.friendName}</b></p>
      <${Ee} referral=${m} />
      ${["FLAGGED","PENDING","QUALIFIED"].includes(m.status)&&l`<${Re} referral=${m} onDone=${i} />`}
    </div>`:l`<h1>${a("order.title")}</h1><${k} text=${a("order.none")} />`}var Qo=["REFERRALS","REWARDS","DONATIONS","FUNNEL"],ra=`id kind status statusReason progress rowsDone rowsTotal url requestedBy createdAt finishedAt
  periodStart periodEnd`,Yo=`query Exports($channel: String!) {
  referralExportFiles(channel: $channel, first: 20) { ${ra} }
  referralCampaigns(channel: $channel) { id name }
}`,Xo=`mutation Export($channel: String!, $kind: ReferralExportKindEnum!, $period: ReferralExportPeriodInput, $campaign: ID) {
  referralExport(channel: $channel, kind: $kind, period: $period, campaign: $campaign) {
    exportFile { ${ra} } ${P}
  }
}`,Zo=new Set(["PENDING","RUNNING"]);function ei({campaigns:e,onDone:t}){let r=x(),n=K({kind:"REFERRALS",from:"",to:"",campaign:""}),s=N(Xo,"referralExport"),{values:o,set:i}=n;async function m(u){u.preventDefault();let c=o.from||o.to?{gte:J(o.from),lte:J(o.to)}:null,p=await s.run({channel:r.channel,kind:o.kind,period:c,campaign:o.campaign||null});p&&t(p.exportFile)}return l`<form class="inline-form" name="export" onSubmit=${m} noValidate>
    <${v} label=${a("exports.kind")} name="kind" errors=${s.errors}>
      <${Q} name="kind" value=${o.kind} set=${i} options=${Qo.map(u=>[u,S("export",u)])} />
    <//>
    <${v} label=${a("filter.from")} name="period" errors=${s.errors}>
      <${w} name="from" type="datetime-local" value=${o.from} set=${i} />
    <//>
    <${v} label=${a("filter.to")} name="to">
      <${w} name="to" type="datetime-local" value=${o.to} set=${i} />
    <//>
    <${v} label=${a("exports.campaign")} name="campaign" errors=${s.errors}>
      <${Q} name="campaign" value=${o.campaign} set=${i}
        options=${[["",a("all")],...e.map(u=>[u.id,u.name])]} />
    <//>
    <${H} errors=${s.errors} fields=${["kind","period","campaign"]} />
    <button type="submit" disabled=${s.busy}>${a("exports.request")}</button>
  </form>`}function ti({file:e}){return e.status==="SUCCESS"?l`<span>${a("exports.rows",{count:e.rowsDone})}</span>`:e.progress===null?l`<span class="muted">${a("exports.counting")}</span>`:l`<span><progress max="1" value=${e.progress}></progress> ${$e(e.progress)}
    <small class="muted">${T(e.rowsDone)} / ${T(e.rowsTotal??0)}</small></span>`}function na(){let e=x(),{data:t,error:r,loading:n,reload:s}=U(Yo,{channel:e.channel}),[o,i]=y(null),m=!!t&&t.referralExportFiles.some(u=>Zo.has(u.status));return z(()=>{if(!m)return;let u=setTimeout(s,1500);return()=>clearTimeout(u)},[m,t]),n&&!t?l`<h1>${a("nav.exports")}</h1><${M} />`:r?l`<h1>${a("nav.exports")}</h1><${O} error=${r} />`:l`<h1>${a("nav.exports")}</h1>
    ${o&&l`<p class="notice" role="status">${o}</p>`}
    <${I} title=${a("exports.new")} id="new-export">
      <p class="muted">${a("exports.intro")}</p>
      <${ei} campaigns=${t.referralCampaigns} onDone=${()=>{i(a("exports.requested")),s()}} />
    <//>
    <${I} title=${a("exports.files")} id="exports">
      ${t.referralExportFiles.length?l`<table class="table exports-table"><thead><tr>
            <th>${a("col.created")}</th><th>${a("exports.kind")}</th><th>${a("col.status")}</th><th>${a("exports.progress")}</th>
            <th>${a("exports.by")}</th><th></th></tr></thead><tbody>
          ${t.referralExportFiles.map(u=>l`<tr data-id=${u.id} data-status=${u.status}>
            <td><${L} value=${u.createdAt} /></td>
            <td>${S("export",u.kind)}${u.periodStart||u.periodEnd?l`<br /><small class="muted"><${L} value=${u.periodStart} time=${!1} /> – <${L} value=${u.periodEnd} time=${!1} /></small>`:""}</td>
            <td><${X} value=${u.status} />${u.status==="FAILED"?l`<br /><small class="muted">${u.statusReason}</small>`:""}</td>
            <td><${ti} file=${u} /></td>
            <td class="muted">${u.requestedBy}</td>
            <td>${u.url?l`<a class="download" href=${u.url} download>${a("exports.download")}</a>`:""}</td>
          </tr>`)}
          </tbody></table>`:l`<${k} text=${a("exports.none")} />`}
    <//>`}var Et={overview:Pn,review:Nn,referrals:On,rewards:Ln,tiers:Wn,campaigns:Gn,contests:Jn,causes:Qn,events:Xn,exports:na,customer:ea,order:ta},aa=["overview","review","referrals","rewards","tiers","campaigns","contests","causes","events","exports"];function ri({gql:e,onToken:t}){let r=K({email:"",password:""}),[n,s]=y([]),[o,i]=y(!1);async function m(u){u.preventDefault(),i(!0);try{let{payload:c,errors:p}=await ot(e,hn,r.values,"tokenCreate");s(p),!p.length&&c.token&&t(c.token)}catch(c){s([{field:null,code:"INVALID",message:c.message}])}finally{i(!1)}}return l`<main class="sign-in">
    <form class="card" onSubmit=${m} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${a("signIn.title")}</h1>
      <p class="muted">${a("signIn.intro")}</p>
      <${v} label=${a("signIn.email")} name="email" errors=${n}>
        <${w} name="email" type="email" value=${r.values.email} set=${r.set} required autocomplete="username" />
      <//>
      <${v} label=${a("signIn.password")} name="password" errors=${n}>
        <${w} name="password" type="password" value=${r.values.password} set=${r.set} required autocomplete="current-password" />
      <//>
      <${H} errors=${n} fields=${["email","password"]} />
      <button type="submit" disabled=${o}>${a("signIn.submit")}</button>
    </form>
  </main>`}function ni({onSignOut:e,framed:t}){return l`<main class="no-permission card" role="alert">
    <h1>${a("noPermission.title")}</h1>
    <p>${a("noPermission.text")}</p>
    ${!t&&l`<button type="button" onClick=${e}>${a("signOut")}</button>`}
  </main>`}function ai({router:e}){let[t,r]=y("");return l`<main class="sign-in">
    <form
      class="card"
      onSubmit=${n=>{n.preventDefault(),t.trim()&&location.assign(e.href("overview",{channel:t.trim()}))}}
    >
      <h1>${a("channel.title")}</h1>
      <label class="field"><span class="field-label">${a("channel.slug")}</span>
        <input name="channel" value=${t} onInput=${n=>r(n.target.value)} required />
      </label>
      <button type="submit">${a("channel.open")}</button>
    </form>
  </main>`}var si=new Set(["customer","order"]);function oi({bridge:e,children:t}){let r=nt(null);return z(()=>{if(!r.current||typeof ResizeObserver>"u")return;let n=new ResizeObserver(()=>vn(e.current,r.current.scrollHeight));return n.observe(r.current),()=>n.disconnect()},[]),l`<main class="content embedded" ref=${r}>${t}</main>`}var ii="query Channels { channels { slug name } }";function li({gql:e,channel:t}){let[r,n]=y([]);if(z(()=>{e(ii).then(o=>n(o.channels||[]),()=>n([]))},[]),r.length<2)return null;function s(o){let i=new URL(location.href);/\/plugins\/channel\/[^/]+\//.test(i.pathname)?i.pathname=i.pathname.replace(/\/plugins\/channel\/[^/]+\//,`/plugins/channel/${encodeURIComponent(o)}/`):i.searchParams.set("channel",o),location.assign(i.toString())}return l`<label class="channel-switch">
    <span class="field-label">${a("channel.label")}</span>
    <select name="channel" onChange=${o=>s(o.target.value)}>
      ${r.map(o=>l`<option value=${o.slug} selected=${o.slug===t}>${o.name}</option>`)}
    </select>
  </label>`}function sa({config:e}){let t=oe(tr,[]),r=new URLSearchParams(location.search),n=oe(()=>An(e.base),[]),[s]=y(e.channel||r.get("channel")||""),[o,i]=y(()=>$t(r.get("lang"),t&&r.get("locale"),e.language)),[m,u]=y(()=>t?null:$n()),[c,p]=y(e.graphqlUrl),[d,f]=y(r.get("theme")||"light"),[$,_]=y("app"),h=nt(null);yn(o),z(()=>{document.documentElement.dataset.theme=d},[d]),z(()=>{t&&(h.current=fn(C=>{C.token&&u(C.token),C.saleorApiUrl&&p(C.saleorApiUrl),C.theme&&f(C.theme),C.locale&&!r.get("lang")&&i($t(C.locale,o))}))},[]);let b=oe(()=>Lr(c,()=>m),[c,m]),g=n.useRoute();function E(){nr(null),u(null),_("app")}let F={gql:b,channel:s,router:n,navigate:n.navigate,framed:t,onApiError(C){C.kind==="permission"?_("no-permission"):C.kind==="auth"&&!t&&E()}};if(!m)return t?l`<p class="muted loading">${a("dashboard.waiting")}</p>`:l`<${ri}
      gql=${b}
      onToken=${C=>{nr(C),u(C)}}
    />`;if($==="no-permission")return l`<${ni} onSignOut=${E} framed=${t} />`;if(!s)return l`<${ai} router=${n} />`;let W=Et[g.page]||Et.overview,B=Et[g.page]?g.page:"overview";return t&&si.has(B)?l`<${ht.Provider} value=${F}>
      <${oi} bridge=${h} key=${`${B}-${o}`}><${W} query=${g.query} /><//>
    <//>`:l`<${ht.Provider} value=${F}>
    <div class="layout">
      <nav class="sidebar" aria-label=${a("nav.label")}>
        <div class="brand">${a("app.title")}<small>${s}</small></div>
        <ul>
          ${aa.map(C=>l`<li>
              <a
                href=${n.href(C)}
                class=${C===B?"active":""}
                aria-current=${C===B?"page":void 0}
                data-page=${C}
                onClick=${R=>{R.ctrlKey||R.metaKey||(R.preventDefault(),n.navigate(C))}}
              >${a(`nav.${C}`)}</a>
            </li>`)}
        </ul>
        <div class="sidebar-foot">
          <${li} gql=${b} channel=${s} />
          <label class="language">
            <span class="sr-only">${a("language")}</span>
            <select
              name="language"
              value=${wn()}
              onChange=${C=>i(C.target.value)}
            >
              ${sr.map(C=>l`<option value=${C} selected=${C===o}>${a(`language.${C}`)}</option>`)}
            </select>
          </label>
          ${!t&&l`<button type="button" class="link" onClick=${E}>${a("signOut")}</button>`}
        </div>
      </nav>
      <main class="content" data-page=${B} key=${`${B}-${o}`}>
        <${W} query=${g.query} />
      </main>
    </div>
  <//>`}rr();var ci=JSON.parse(document.getElementById("referrals-console-config").textContent);Ft(l`<${sa} config=${ci} />`,document.getElementById("referrals-console"));
